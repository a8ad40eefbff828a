namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: state-media protocol copy writes a long title, then an honorific, then the name ("Deputy Minister of Ports and
// Fisheries Mr Ivo Lund Marsh"): the honorific says where the name begins, whatever the portfolio or the posting before it.
public sealed class PortfolioHonorificTests
{
    private const string Quote = "\n\n“We thank our neighbours for trusting our harbours as much as our rivers,” the Deputy Minister said.";

    [Theory]
    [InlineData("Deputy Minister of Ports and Fisheries Mr Ivo Lund Marsh")]
    [InlineData("Deputy Minister of Ports and Fisheries Ivo Lund Marsh")]
    public void The_holder_after_a_portfolio_joined_by_and_is_named(string title)
    {
        var result = Extractor.Run($"The opening was attended by {title} and officials of the two provinces.{Quote}");

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Speaker!.Name.Should().Be("Ivo Lund Marsh", quote.Rule);
    }

    [Fact]
    public void An_honorific_after_a_posting_opens_the_whole_name()
    {
        var result = Extractor.Run("The opening was attended by Deputy Minister Ada Quist and Ambassador of Sylvania to the Harbour Republic "
            + "Mr Khamvan Sisouk Ratha.\n\n“Our lorries will use the new bridge from March,” the ambassador said.");

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Speaker!.Name.Should().Be("Khamvan Sisouk Ratha", quote.Rule);
    }

    // Thirteen words between the quote and the verb: the whole title with its honorific is still the speaker's phrase.
    [Fact]
    public void A_long_title_with_an_honorific_after_the_quote_still_names_the_speaker()
    {
        var body = "PORTMERE – The two governments will sign the final lease for a naval pier near the harbour "
            + "\"before the winter storms begin in December\", the Minister of Foreign Trade and Coastal Cooperation Hon. Ada Lund Quist has declared on Sunday.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ada Lund Quist", quote.Rule);
    }

    // West African copy calls a director general "the DG", in capitals and without a full stop.
    [Fact]
    public void DG_is_a_directors_title_after_the_name_was_given()
    {
        var body = "The Director General of the harbour board, Engineer Ivo Lund Marsh, admitted the difficulties of the board.\n\n"
            + "\"Without the loan the dredging would stop for a year,\" insisted the DG. The board meets again in March.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ivo Lund Marsh", quote.Rule);
        quote.SpeakerAsWritten.Should().Be("the DG");
    }

    // Kenyan copy writes a cabinet secretary "CS" before the name and alone after it.
    [Fact]
    public void CS_is_a_secretarys_title_before_the_name_and_alone()
    {
        var body = "Speaking in Portmere on Wednesday, CS Ivo Lund Marsh said the harbour plan would be ready by March.\n\n"
            + "\"The fishing crews waited a decade for a deep quay, and now the lenders have signed,\" the CS said.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "The fishing crews waited").Speaker!.Name.Should().Be("Ivo Lund Marsh");
        result.People.Should().ContainSingle(p => p.Name == "Ivo Lund Marsh").Which.Role.Should().Be("Secretary");
    }

    // Central Asian agency copy names the officer right after the body's portfolio, with no comma: the surname's ending shows
    // a person, and the officer, not the ministry, speaks.
    [Fact]
    public void An_officer_named_after_a_bodys_portfolio_speaks_for_himself()
    {
        var body = "PORTMERE. HARBOURNEWS - A representative of the Ministry of Ports and Fisheries Daulet Kemelbayev informed journalists "
            + "that the inspectors will visit the dredging site in the spring.\n\n\"Our harbour has nothing to hide from the inspectors.\"";

        var result = Extractor.Run(body);

        result.People.Should().ContainSingle(p => p.Name == "Daulet Kemelbayev");
        Extractor.Single(result.Quotes, "the inspectors will visit").Speaker!.Name.Should().Be("Daulet Kemelbayev");
        Extractor.Single(result.Quotes, "Our harbour has nothing").Speaker!.Name.Should().Be("Daulet Kemelbayev");
    }

    // A company named in its own language ends in a lower-case word ("Portmere energetika"): the officer after it is named and
    // speaks, keeping the title for "the director".
    [Fact]
    public void The_officer_after_a_company_named_in_lower_case_speaks_and_keeps_the_title()
    {
        var body = "General director of Portmere energetika Ivo Lund Marsh informed that the two new boilers will heat half the town.\n\n"
            + "\"We rebuilt the boiler house after the flood and it has not failed since,\" the director said.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "the two new boilers").Speaker!.Name.Should().Be("Ivo Lund Marsh");
        Extractor.Single(result.Quotes, "We rebuilt the boiler").Speaker!.Name.Should().Be("Ivo Lund Marsh");
    }

    // Protocol copy's title, its body after "of" and the officer named there: the officer the article names speaks, when the
    // body's last word is a country or a plural ("… of the Republic of Nordvik Arne Dahl", "… of the Council of Elders …").
    [Theory]
    [InlineData("Vice Minister of Harbours of the Republic of Nordvik Arne Dahl")]
    [InlineData("Deputy Head of the Council of Elders Arne Dahl")]
    public void The_officer_closing_a_protocol_title_speaks(string title)
    {
        var body = "Arne Dahl led his country's delegation to the talks on the new dam.\n\n"
            + title + " noted that the dry dock would be leased to the navy for a decade.";

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Arne Dahl", quote.Rule);
    }
}
