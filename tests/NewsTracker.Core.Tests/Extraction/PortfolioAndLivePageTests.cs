namespace NewsTracker.Core.Tests.Extraction;

// Titles whose portfolio runs up to the holder's name, a holder introduced below the entry that quotes them on a live
// page, a company spoken for by its first word, and "he" after a sentence whose second man stands after a preposition.
public sealed class PortfolioAndLivePageTests
{
    [Fact]
    public void A_portfolio_after_a_states_title_is_no_person()
    {
        var body = """
            The Malian Minister of Livestock, Oumar Sangaré-Kone, opened the talks on Monday.

            “Our herders need the southern wells,” the Malian minister said.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Oumar Sangaré-Kone");
    }

    [Fact]
    public void A_portfolio_joined_by_and_ends_at_its_last_portfolio_word()
    {
        var quote = Extractor.Indirect("Minister of Fisheries and Coastal Resources Osvaldo Tchiveta Lemos told reporters that the quota would be cut.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Osvaldo Tchiveta Lemos");
    }

    [Fact]
    public void A_man_after_a_preposition_is_not_the_he_of_the_next_sentence()
    {
        var body = """
            “The grid is back,” said Lars Berg, the energy minister.

            Ivo Halme arrived after Berg at the ceremony. He insisted that the islands had “kept every school open through the winter”.
            """;

        var quote = Extractor.Single(Extractor.Direct(body), "kept every school open");

        quote.Speaker!.Name.Should().Be("Ivo Halme");
    }

    [Fact]
    public void A_company_spoken_for_by_its_first_word_keeps_its_full_name()
    {
        var body = """
            The venture is held by Halvard Energy and two smaller partners.

            A Halvard spokeswoman said the firm would bid for the second licence.
            """;

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Halvard Energy");
    }

    [Fact]
    public void On_a_live_page_a_title_is_the_holder_an_older_entry_below_introduces()
    {
        var body = """
            16:10 Strike talks resume

            The port's administrator said at an evening briefing that the night ferries would run on a reduced timetable.

            15:20 Queues at the gate

            Driver Jonas Eklund said he had waited six hours at the gate.

            14:05 Ferries held in port

            Port Authority administrator Ines Vaalberg told reporters that the morning crossings had been cancelled.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "the night ferries would run");

        quote.Speaker!.Name.Should().Be("Ines Vaalberg");
    }

    [Fact]
    public void Off_a_live_page_a_title_after_someone_else_waits_for_a_holder_named_before()
    {
        var body = """
            Driver Jonas Eklund said he had waited six hours at the gate.

            The port's administrator said at a briefing that the night ferries would run on a reduced timetable.

            Trade at the port rose by a tenth last year, and the new quay opened in March.

            Ships waited for two days in the outer roads while the channel was dredged.

            The dredging cost was shared by the city and the state.

            Three shipping lines asked for a discount, which the board refused.

            Port Authority administrator Ines Vaalberg told reporters that the morning crossings had been cancelled.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "the night ferries would run");

        quote.Speaker?.Name.Should().NotBe("Ines Vaalberg");
    }
}
