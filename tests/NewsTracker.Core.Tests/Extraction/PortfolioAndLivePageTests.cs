namespace NewsTracker.Core.Tests.Extraction;

// Titles whose portfolio runs up to the holder's name, a holder introduced below the entry that quotes them on a live
// page, a company spoken for by its first word, and "he" after a sentence whose second man stands after a preposition.
public sealed class PortfolioAndLivePageTests
{
    [Fact]
    public void A_portfolio_after_a_states_title_is_no_person()
    {
        var body = """
            For his part, the Malian Minister of Petroleum, Oumar Sangaré-Kone, welcomed the deal.

            “Our oil must reach the sea at a fair price,” the Malian minister said.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Oumar Sangaré-Kone");
    }

    [Fact]
    public void A_portfolio_joined_by_and_ends_at_its_last_portfolio_word()
    {
        var quote = Extractor.Indirect("Minister of Petroleum and Mineral Resources Osvaldo Tchiveta Lemos told reporters that the study would take a year.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Osvaldo Tchiveta Lemos");
    }

    [Fact]
    public void A_man_after_a_preposition_is_not_the_he_of_the_next_sentence()
    {
        var body = """
            “We signed for the hospitals,” said Lars Berg, the energy minister.

            Ivo Halme spoke after Berg at the signing. He boasted that the villages had “not lost a single clinic to the cuts”.
            """;

        var quote = Extractor.Single(Extractor.Direct(body), "not lost a single clinic");

        quote.Speaker!.Name.Should().Be("Ivo Halme");
    }

    [Fact]
    public void A_company_spoken_for_by_its_first_word_keeps_its_full_name()
    {
        var body = """
            The venture is held by Halvard Energy and two smaller partners.

            A Halvard spokeswoman said the company would take part in the study.
            """;

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Halvard Energy");
    }

    [Fact]
    public void On_a_live_page_a_title_is_the_holder_an_older_entry_below_introduces()
    {
        var body = """
            16:10 Second briefing

            The port's administrator told a second news conference that the harbour would keep charging every navy the same fee.

            15:20 Tugs ready

            Pilot Jonas Eklund said the tugs had been ready since dawn.

            14:05 Warships reach the outer harbour

            Port Authority administrator Ines Vaalberg told reporters that the two frigates had paid the standard fee in advance.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "the harbour would keep charging");

        quote.Speaker!.Name.Should().Be("Ines Vaalberg");
    }

    [Fact]
    public void Off_a_live_page_a_title_after_someone_else_waits_for_a_holder_named_before()
    {
        var body = """
            Pilot Jonas Eklund said the tugs had been ready since dawn.

            The port's administrator told a news conference that the harbour would keep charging every navy the same fee.

            Trade at the port rose by a tenth last year, and the new quay opened in March.

            Ships waited for two days in the outer roads while the channel was dredged.

            The dredging cost was shared by the city and the state.

            Three shipping lines asked for a discount, which the board refused.

            Port Authority administrator Ines Vaalberg told reporters that the two frigates had paid the standard fee in advance.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "the harbour would keep charging");

        quote.Speaker?.Name.Should().NotBe("Ines Vaalberg");
    }
}
