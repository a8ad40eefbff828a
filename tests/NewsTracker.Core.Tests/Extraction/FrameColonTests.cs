namespace NewsTracker.Core.Tests.Extraction;

// Issue 8, reported speech after "a colon after a noun frame": "The message from Oslo was blunt: …", "Holm's verdict:
// …", "Minister X was blunt: …" report what the speaker said; a frame that names nobody is the narrator's own voice.
public sealed class FrameColonTests
{
    [Theory]
    [InlineData("Prime Minister Anna Holm was blunt: the country will not send troops to the region this year.", "Anna Holm")]
    [InlineData("The message from Defence Minister Lars Berg was clear: the army will not leave the border before spring.", "Lars Berg")]
    [InlineData("Anna Holm met the envoys on Monday.\n\nHolm's verdict: the talks had failed and the country would look elsewhere.", "Anna Holm")]
    [InlineData("Anna Holm met the envoys on Monday.\n\nHer verdict: the talks had failed and the country would look elsewhere.", "Anna Holm")]
    public void A_frame_naming_its_speaker_reports_the_clause_after_the_colon(string body, string speaker)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker);
        quote.Text.Should().NotContain(":");
    }

    [Theory]
    [InlineData("The answer is simple: the country will not send troops to the region this year.")]
    [InlineData("The plan has three parts: troops, money and a timetable for the talks.")]
    public void A_frame_that_names_nobody_reports_nothing(string body)
    {
        Extractor.Indirect(body).Should().BeEmpty();
    }

    [Fact]
    public void A_quotation_after_the_colon_stays_a_direct_quote()
    {
        var quotes = Extractor.Run("Prime Minister Anna Holm was blunt: “The country will not send troops this year.”").Quotes;

        quotes.Should().ContainSingle().Which.Kind.Should().Be(NewsTracker.Core.Quotes.QuoteKind.Direct);
    }

    // A name with its office in apposition before the colon: the person speaks, never an institution named by the office.
    [Fact]
    public void A_name_and_its_office_before_a_colon_is_the_person()
    {
        var body = "The two patrol boats were handed over on Monday.\n\n"
            + "Commander Ivo Marsh, Commanding Officer of the Harbour Coast Guard: \"My crews asked for boats that could stay out in any weather, and now they have them.\"";

        var quote = Extractor.Single(Extractor.Direct(body), "My crews asked");

        quote.Speaker!.Name.Should().Be("Ivo Marsh");
    }

    // A post before the colon whose office opens with a title word (not an institution's name) is still the person's.
    [Fact]
    public void A_name_and_a_title_in_apposition_before_a_colon_is_the_person()
    {
        var body = "The cranes were handed over on Monday.\n\n"
            + "Ivo Marrak-Tuul, Deputy Minister of Ports of Nordvik: \"Every crane from Harbourside is a crane our dockers do not have to rent.\"";

        var quote = Extractor.Single(Extractor.Direct(body), "Every crane");

        quote.Speaker!.Name.Should().Be("Ivo Marrak-Tuul");
    }

    [Theory]
    [InlineData("Foreign Minister Ilse Varga-Holm shared the post on social media with a short comment of her own: ", "Ilse Varga-Holm")]
    [InlineData("Transport Minister Arne Lusk followed up within the hour with a long post of his own: ", "Arne Lusk")]
    [InlineData("Harbour Minister Ada Quist answered with her own statement: ", "Ada Quist")]
    public void A_subject_bringing_in_words_of_their_own_before_a_colon_speaks(string frame, string speaker)
    {
        var body = "The ferry agreement was signed in the capital on Tuesday.\n\n"
            + frame + "\"The ferries will run twice a day from March, and the fares will stay where they are.\"";

        var quote = Extractor.Single(Extractor.Direct(body), "The ferries will run");

        quote.Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void Words_of_another_read_out_before_a_colon_are_not_the_readers()
    {
        var body = "The ferry agreement was signed in the capital on Tuesday.\n\n"
            + "At the ceremony the clerk, Aino Pell, turned to a passage of the treaty: \"The ferries will run twice a day from March, and the fares will stay where they are.\"";

        var quote = Extractor.Single(Extractor.Direct(body), "The ferries will run");

        quote.Speaker?.Name.Should().NotBe("Aino Pell");
    }

    // "Quist put the harbour's objection plainly: “…”", "Berg summed up the mood: “…”": the subject of a verb of putting
    // into words speaks the quotation after the colon, however many words of what and how stand between.
    [Theory]
    [InlineData("Quist put the harbour's objection plainly:", "Ada Quist")]
    [InlineData("Quist put the objection on X:", "Ada Quist")]
    [InlineData("Her deputy, Jon Berg, summed up the mood:", "Jon Berg")]
    public void The_one_who_puts_it_into_words_speaks_after_the_colon(string frame, string speaker)
    {
        var body = "Harbour Minister Ada Quist spoke after the vote.\n\n" + frame + " “We are not against ferries. We are against debt.”";

        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be(speaker);
    }
}
