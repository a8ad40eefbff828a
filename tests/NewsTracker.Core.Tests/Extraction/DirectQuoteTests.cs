using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

public sealed class DirectQuoteTests
{
    [Theory]
    [InlineData("\"We will defend every inch of allied territory,\" Lavrov said.")]
    [InlineData("“We will defend every inch of allied territory,” Lavrov said.")]
    [InlineData("‘We will defend every inch of allied territory,’ Lavrov said.")]
    [InlineData("„We will defend every inch of allied territory,“ Lavrov said.")]
    public void Straight_curly_and_single_marks_delimit_a_quote(string body)
    {
        var quote = Extractor.Direct("Russian Foreign Minister Sergei Lavrov spoke in Moscow.\n\n" + body).Should().ContainSingle().Subject;

        quote.Text.Should().Be("We will defend every inch of allied territory");
        quote.Speaker!.Name.Should().Be("Sergei Lavrov");
    }

    // »…« (Serbian, Croatian, Danish, German book style): the marks point inwards, so "»" opens and "«" closes.
    [Fact]
    public void Inward_guillemets_open_and_close_a_quote_and_its_fragments()
    {
        var body = "Port director Zorana Vukelić spoke in Rijeka.\n\n»The berths are full until March. Nobody else can take the ships,« Vukelić said. "
            + "The ministry called the delay »a question of weeks, not months« in a statement.";

        var quotes = Extractor.Direct(body);

        quotes.Select(q => q.Text).Should().Equal("The berths are full until March. Nobody else can take the ships", "a question of weeks, not months");
        quotes[0].Speaker!.Name.Should().Be("Zorana Vukelić");
    }

    // French spacing inside « … » still reads the marks the usual way round.
    [Fact]
    public void Outward_guillemets_with_spaces_inside_are_a_quote()
    {
        var quote = Extractor.Direct("Port director Zorana Vukelić spoke in Rijeka.\n\n« The cranes are idle until spring, » Vukelić said.").Should().ContainSingle().Subject;

        quote.Text.Should().Be("The cranes are idle until spring");
        quote.Speaker!.Name.Should().Be("Zorana Vukelić");
    }

    [Fact]
    public void Apostrophes_are_not_quotation_marks()
    {
        var quotes = Extractor.Direct("“There’s no doubt that NATO's door and Russia’s demands are linked,” Stoltenberg said. The allies’ position is firm.");

        quotes.Should().ContainSingle().Which.Text.Should().Be("There’s no doubt that NATO's door and Russia’s demands are linked");
    }

    [Fact]
    public void Mixed_and_unbalanced_marks_as_in_the_seed_still_make_one_quote()
    {
        var quote = Extractor.Direct("Blinken spoke on Tuesday. “\"NATO's door is open, remains open, and that is our commitment,” Blinken reaffirmed.").Should().ContainSingle().Subject;

        quote.Text.Should().Be("NATO's door is open, remains open, and that is our commitment");
        quote.Speaker!.Name.Should().Be("Antony Blinken");
    }

    [Fact]
    public void A_nested_quote_stays_inside_its_quotation()
    {
        var quotes = Extractor.Direct("“When Moscow says ‘we are ready to talk’, it means something else,” Harlan said.");

        quotes.Should().Contain(q => q.Text == "When Moscow says ‘we are ready to talk’, it means something else");
    }

    [Fact]
    public void Ellipses_inside_a_quote_are_kept()
    {
        var quote = Extractor.Direct("“We are focusing on providing support…there is a big difference … and we know it,” Stoltenberg said.").Should().ContainSingle().Subject;

        quote.Text.Should().Be("We are focusing on providing support…there is a big difference … and we know it");
    }

    [Fact]
    public void A_quote_over_several_paragraphs_is_one_quote()
    {
        var body = "Polish Defence Minister Marek Zielinski addressed parliament.\n\n"
            + "“The eastern flank is the front line of the alliance. We have to treat it that way.\n\n"
            + "“Every battalion we add is a message to Moscow,” he said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Text.Should().Be("The eastern flank is the front line of the alliance. We have to treat it that way. Every battalion we add is a message to Moscow");
        quote.Speaker!.Name.Should().Be("Marek Zielinski");
    }

    // Outlets that quote in single marks reopen each paragraph of a long quote the same way; double marks inside it
    // are a quotation it quotes.
    [Theory]
    [InlineData('\'')]
    [InlineData('\u2018')]
    public void A_single_marked_quote_over_several_paragraphs_is_one_quote(char mark)
    {
        var close = mark == '\'' ? '\'' : '\u2019';
        var body = "Harbour Mayor Ada Quist wrote on the council's page:\n\n"
            + $"{mark}The quay reopens on Friday, and the \u201Cnight crossing\u201D resumes in March.\n\n"
            + $"{mark}The ferries keep their old timetable until then.{close}\n\n"
            + "The port opens in May.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Text.Should().StartWith("The quay reopens on Friday").And.EndWith("until then.");
        quote.Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void A_quote_split_by_its_attribution_is_one_statement()
    {
        var body = "EU foreign policy chief Kaja Lindqvist met the ministers.\n\n\"We are ready,\" she said, \"but not at any price.\"";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Text.Should().Be("We are ready, but not at any price.");
        quote.Speaker!.Name.Should().Be("Kaja Lindqvist");
    }

    [Fact]
    public void The_same_quote_printed_twice_is_extracted_once()
    {
        var result = Extractor.Run(SeedText.Body);

        result.Quotes.Count(q => q.Text.StartsWith("We have no plans to deploy NATO combat troops to Ukraine", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void A_quote_whose_speaker_the_text_does_not_give_stays_unattributed()
    {
        var body = "Crowds gathered outside the embassy on Sunday. One banner carried a message for the ambassador: “We will never forget what happened in this city.”";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("Moscow calls the war a “special military operation” and bans other words.")]
    [InlineData("The so-called “special military operation” entered its third year.")]
    [InlineData("Audiences flocked to the film “Dune” in Tehran last month.")]
    [InlineData("The think tank published a report titled “Securing the Eastern Flank” on Monday.")]
    [InlineData("She called the plan “reckless” and left the room.")]
    public void Scare_quotes_and_titles_are_not_quotations(string body)
    {
        Extractor.Direct(body).Should().BeEmpty();
    }

    [Fact]
    public void Unmatched_marks_do_not_swallow_the_article()
    {
        var body = "Officials spoke of a “turning point in the war.\n\nThe minister said the talks would resume next week.";

        var result = Extractor.Run(body);

        result.Quotes.Should().NotContain(q => q.Text.Contains("talks would resume", StringComparison.Ordinal) && q.Kind == QuoteKind.Direct);
    }

    // A live blog's "Key events" line prints a quotation with no speaker above the entry that names one: the one statement
    // reported is the entry's speaker's.
    [Fact]
    public void A_quotation_printed_again_takes_the_speaker_its_second_printing_names()
    {
        var body = "Key events\n\n"
            + "11:20 Harbour chief: ferries will run “as long as the weather allows it”\n\n"
            + "11:20\n\n"
            + "The harbour chief, Ivo Marten, held his first news conference of the winter. "
            + "The ferries would run “as long as the weather allows it”, Marten said, without naming a last sailing.";

        var quotes = Extractor.Direct(body).Where(q => q.Text.StartsWith("as long as", StringComparison.Ordinal)).ToList();

        quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ivo Marten");
    }
}
