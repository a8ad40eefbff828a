using NewsTracker.Core.Actors;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Tests.Extraction;

// Generic sources ("analysts", "a senior US official", "sources close to the talks") get no speaker: the quote
// carries the description of an unnamed source instead, and no actor is made of it.
public sealed class UnnamedSourceTests
{
    private const string Intro = "Delegations met behind closed doors in Geneva on Tuesday.\n\n";

    [Theory]
    [InlineData("“The ceasefire lines will not move this year,” analysts said.", "analysts")]
    [InlineData("“Nobody wants to be the first to leave,” diplomats say.", "diplomats")]
    [InlineData("“The convoy was turned back twice,” officials told reporters.", "officials")]
    [InlineData("“We expect a decision within days,” a senior US official said.", "a senior US official")]
    [InlineData("“There is no text on the table yet,” sources close to the talks said.", "sources close to the talks")]
    [InlineData("“The mood in the room was grim,” said one diplomat.", "one diplomat")]
    public void A_direct_quote_from_a_generic_source_has_no_speaker_and_carries_the_description(string sentence, string description)
    {
        var quote = Extractor.Direct(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
        quote.Source!.Description.Should().Be(description);
    }

    // "Allies of the minister", "people close to Ms Quist": the people around someone speak unnamed; neither that person
    // nor a person called "Allies" or "People" does.
    [Theory]
    [InlineData("Allies of the harbour minister say she has pushed for night ferries since July.", "allies of the harbour minister")]
    [InlineData("People close to Ms Quist said she has pushed for night ferries since July.", "people close to Ms Quist")]
    [InlineData("She has pushed for night ferries since July, according to friends of Ms Quist.", "friends of Ms Quist")]
    public void The_people_around_someone_are_an_unnamed_source(string sentence, string description)
    {
        var body = "Harbour Minister Ada Quist opened the new terminal on Monday.\n\n" + sentence;

        var report = Extractor.Indirect(body).Should().ContainSingle().Subject;

        report.Speaker.Should().BeNull();
        report.Source!.Description.Should().Be(description);
    }

    // "Two shipping lawyers in Corvara said": people described by their trade, and the place they are in, are an unnamed
    // source; the place never speaks (nor becomes a person "Corvara").
    [Theory]
    [InlineData("Two shipping lawyers in Corvara said the fine was the largest yet.", "Corvara")]
    [InlineData("Tea exporters in Port Lind said the war-risk cover had doubled since May.", "Lind")]
    [InlineData("A senior banker in Nordvik said each transfer now takes three weeks.", "Nordvik")]
    public void People_described_by_their_trade_in_a_place_are_an_unnamed_source(string sentence, string place)
    {
        var result = Extractor.Run(Intro + sentence);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Speaker.Should().BeNull();
        result.People.Should().NotContain(p => p.Name.Contains(place, StringComparison.Ordinal));
    }

    // "Truck driver Aino Lund said": the trade and the word before it describe the person named after them.
    [Theory]
    [InlineData("Truck driver Aino Lund said the new fuel depot would save her a day a week.")]
    [InlineData("Rice farmer Aino Lund said the new fuel depot would save her a day a week.")]
    public void A_trade_before_a_name_describes_the_person_named(string sentence)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Aino Lund");
    }

    // A capitalised word before a plural noun, or a plural acronym, describes a group: never a person called
    // "Relief" or "MPs".
    [Theory]
    [InlineData("“The shelters on the quay are full every night,” Relief organisations say.", "Relief")]
    [InlineData("“The harbour board answers to nobody,” backbench MPs said.", "MPs")]
    [InlineData("“The harbour board answers to nobody,” NGOs said.", "NGOs")]
    public void A_described_group_is_no_person(string sentence, string notAName)
    {
        var result = Extractor.Run(Intro + sentence);

        result.Quotes.Should().ContainSingle().Which.Speaker.Should().BeNull();
        result.People.Should().NotContain(
            p => p.Name.Contains(notAName, StringComparison.Ordinal) && ActorNames.IsName(p.Name, ActorKind.Person, null), "no actor is made of it");
    }

    // "Relatives said", opening a sentence in capitals: a group of people, no person called "Relatives", and nobody a later "he"
    // goes back to.
    [Theory]
    [InlineData("Relatives")]
    [InlineData("Colleagues")]
    [InlineData("Neighbours")]
    public void A_group_opening_the_sentence_is_no_person(string group)
    {
        var result = Extractor.Run(Intro + $"{group} said the harbour master had fought the illness for two years.\n\n"
            + "“We never had a quiet winter on this quay,” he said in his last interview.");

        Extractor.Single(result.Quotes, "the harbour master had fought").Speaker.Should().BeNull();
        result.People.Should().NotContain(p => p.Name == group);
        Extractor.Single(result.Quotes, "We never had a quiet winter").Speaker?.Name.Should().NotBe(group);
    }

    [Theory]
    [InlineData("Analysts said the ceasefire lines would not move this year.", "analysts")]
    [InlineData("Diplomats say nobody wants to be the first to leave.", "diplomats")]
    [InlineData("Officials told reporters that the convoy had been turned back twice.", "officials")]
    [InlineData("A senior US official said a decision was expected within days.", "a senior US official")]
    [InlineData("Sources close to the talks said there was no text on the table yet.", "sources close to the talks")]
    public void Reported_speech_from_a_generic_source_has_no_speaker_and_carries_the_description(string sentence, string description)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
        quote.Source!.Description.Should().Be(description);
    }

    [Fact]
    public void An_unnamed_source_keeps_the_affiliation_it_was_given()
    {
        var quote = Extractor.Direct(Intro + "“We expect a decision within days,” a senior US official said.").Should().ContainSingle().Subject;

        quote.Source!.Affiliation.Should().Be("United States");
    }

    [Fact]
    public void A_generic_source_is_never_one_of_the_articles_people()
    {
        var result = Extractor.Run("Analysts said the ceasefire lines would not move this year.\n\n“They will hold,” analysts said.");

        result.Quotes.Should().OnlyContain(q => q.Speaker == null);
    }

    [Fact]
    public void A_named_speaker_carries_no_unnamed_source()
    {
        var quote = Extractor.Direct(Intro + "“We expect a decision within days,” said Swiss envoy Martina Keller.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Martina Keller");
        quote.Source.Should().BeNull();
    }

    [Fact]
    public void A_clause_fragment_read_as_a_name_leaves_extraction_as_no_speaker()
    {
        var speaker = new ExtractedSpeaker("It now goes to the Senate", ActorKind.Organisation, null, null);

        UnnamedSources.Checked(speaker, Extractor.Catalogue).Should().BeNull();
    }

    [Fact]
    public void A_role_or_affiliation_that_names_nothing_is_dropped_and_the_name_kept()
    {
        var speaker = new ExtractedSpeaker("Pekka Lindholm", ActorKind.Person, "Chief", "Ministry");

        UnnamedSources.Checked(speaker, Extractor.Catalogue).Should().Be(speaker with { Role = null, Affiliation = null });
    }
    // A source who asked that their identity stay private is an unnamed source: the request's "that" reports nothing, the
    // clause after "said" is theirs, and the "he" that follows is them, not the man named before.
    [Fact]
    public void A_source_who_asked_that_his_identity_stay_private_reports_and_is_the_next_he()
    {
        var body = """
            Brigadier Tomas Ekdahl said the depot would reopen in May.

            In the workshops, the mood was darker. A mechanic who asked that his identity stay private said the lorries were old and that tyres were scarce.

            “We have drivers. What we lack is lorries that start,” he said.
            """;

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "the lorries were old").Speaker.Should().BeNull();
        Extractor.Single(result.Quotes, "We have drivers").Speaker.Should().BeNull();
    }

    // "Ostrava would sign, he said, but “…”": the attribution interrupts the reported clause, so its "he" reads back from
    // where the clause starts, to the unnamed source the sentence before describes; the quoted fragment in it is theirs too.
    [Fact]
    public void He_inside_a_reported_clause_reads_back_from_the_clause_start()
    {
        var body = """
            Under the 1921 Harrow Convention, Norway has kept warships out of the sound.

            A Czech official, who would talk only without his name attached, was less direct. Ostrava would lead a mine-clearing flotilla, he said, but “the harbours will stay closed to frigates”.
            """;

        var result = Extractor.Run(body);

        Extractor.Single(Extractor.Indirect(body), "Ostrava would lead").Speaker.Should().BeNull();
        Extractor.Single(Extractor.Direct(body), "the harbours will stay closed").Speaker.Should().BeNull();
        result.Quotes.Should().OnlyContain(q => q.Speaker == null);
    }
}
