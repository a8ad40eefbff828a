namespace NewsTracker.Core.Tests.Extraction;

// A wire lead that gives its source by rank or post and names them in the next paragraph.
public sealed class LeadSourceTests
{
    [Fact]
    public void A_commander_in_the_lead_is_the_general_named_next()
    {
        var body = """
            NARVIK (Wire) - Three more companies of mountain troops will join the northern exercise in March, the brigade's commander announced on Friday.

            Major General Aldo Ferrante, a veteran of two Baltic rotations, said the extra companies would train with Finnish units.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "Three more companies");

        quote.Speaker!.Name.Should().Be("Aldo Ferrante");
    }

    [Fact]
    public void A_judge_opening_the_lead_after_the_dateline_is_the_judge_named_next()
    {
        var body = """
            PORTLAND — A federal judge said on Monday that the port authority's case against the ferry union was "two pages of adjectives," and gave it a week to file more.

            U.S. District Judge Corinna Vell-Haraldsen spoke from the bench while hearing the authority's plea for an injunction.
            """;

        var result = Extractor.Run(body);

        Extractor.Single(Extractor.Indirect(body), "the port authority's case").Speaker!.Name.Should().Be("Corinna Vell-Haraldsen");
        result.Quotes.Should().ContainSingle(q => q.Text.StartsWith("two pages")).Which.Speaker!.Name.Should().Be("Corinna Vell-Haraldsen");
    }

    [Fact]
    public void A_judge_opening_a_later_sentence_after_someone_was_named_stays_unnamed()
    {
        var body = """
            The ferry union's leader, Maris Tolland, said the strike would go on.

            A federal judge said on Monday that the port authority's case was thin.

            U.S. District Judge Corinna Vell-Haraldsen spoke from the bench while hearing the plea.
            """;

        Extractor.Single(Extractor.Indirect(body), "the port authority's case").Speaker.Should().BeNull();
    }

    // "Harbourtown, Jan. 19 (HNA) The harbour board says …": the agency's code closes the dateline with no dash after it,
    // so the place and the date are no part of the speaker.
    [Fact]
    public void An_agency_code_without_a_dash_closes_the_dateline()
    {
        var quote = Extractor.Single(Extractor.Indirect("Harbourtown, Jan. 19, 2027 (HNA) The Nordvik Port Authority says the cranes are late."),
            "the cranes are late");

        quote.Speaker!.Name.Should().Be("Nordvik Port Authority");
    }

    [Fact]
    public void The_general_named_first_after_the_lead_is_its_commander_not_one_named_later()
    {
        var body = """
            NARVIK (Wire) - Every coastal battery north of the fjord is back in service, the brigade's commander announced on Friday.

            "The guns are ready for the winter," Gen. Omar Haddad said at the harbour.

            Observers from the partner nations are led by Maj. Gen. Brent Kolby. His team inspected four batteries last week.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "Every coastal battery");

        // A general alone (titles.json "=general") is a rank "commander" stands for; the major general named after him is not.
        quote.Speaker!.Name.Should().Be("Omar Haddad");
    }

    [Theory]
    [InlineData("a senior admiral warned lawmakers in a closed briefing", "Vice Adm. Jolene Marsh, head of the submarine office, wrote in her testimony that only one hull was finished each year.", "Jolene Marsh")]
    [InlineData("a defence official reassured the committee", "Defence Undersecretary Ramon Abaya Cruz said the first hull would be finished in the spring.", "Ramon Abaya Cruz")]
    public void A_source_given_by_rank_in_the_lead_is_the_holder_opening_the_next_paragraph(string source, string next, string holder)
    {
        var body = $"OSLO - The frigate order will slip by two years unless the shipyard hires more welders, {source}.\n\n{next}";

        var quote = Extractor.Single(Extractor.Indirect(body), "The frigate order will slip");

        quote.Speaker!.Name.Should().Be(holder);
    }

    [Theory]
    [InlineData("a senior admiral, declining to be identified, cautioned", "Vice Adm. Jolene Marsh wrote in her testimony that only one hull was finished each year.")]
    [InlineData("a senior Norwegian official said", "Trade Minister Ramon Abaya Cruz said the first hull would be finished in the spring.")]
    public void A_source_kept_anonymous_or_of_another_post_stays_unnamed(string source, string next)
    {
        var body = $"OSLO - The frigate order will slip by two years unless the shipyard hires more welders, {source}.\n\n{next}";

        var quote = Extractor.Single(Extractor.Indirect(body), "The frigate order will slip");

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_title_in_the_lead_is_the_person_introduced_next_by_a_former_post()
    {
        var body = """
            WASHINGTON — Partners that skip the shipbuilding pledge will hear about it in her first week, the administration's pick for envoy to the OSCE told senators on Tuesday.

            Maribel Oyelaran-Vance, a former deputy commerce secretary, gave shorter answers on the Balkans.
            """;

        Extractor.Single(Extractor.Indirect(body), "Partners that skip").Speaker!.Name.Should().Be("Maribel Oyelaran-Vance");
    }

    [Fact]
    public void A_title_after_someone_was_named_is_not_the_person_introduced_next_by_a_former_post()
    {
        var body = """
            Senator Tobias Wrenfield opened the hearing on Tuesday.

            Partners that skip the shipbuilding pledge will hear about it in her first week, the administration's pick for envoy to the OSCE told senators.

            Maribel Oyelaran-Vance, a former deputy commerce secretary, asked about the Balkans.
            """;

        Extractor.Single(Extractor.Indirect(body), "Partners that skip").Speaker?.Name.Should().NotBe("Maribel Oyelaran-Vance");
    }

    // "Rep. Ada Quist, R-Ohio, who drafted the levy, said": the party tag set off by commas stands between the new name and
    // the relative clause that introduces the lead's source.
    [Theory]
    [InlineData("R-Toledo")]
    [InlineData("D-N.Y.")]
    public void A_title_in_the_lead_is_the_member_named_next_after_a_party_tag(string tag)
    {
        var body = "COLUMBUS — The foundry will move its night shift to Indiana unless the credits pass, the measure's sponsor warned on Monday.\n\n"
            + $"Rep. Temperance Oyelowo-Hart, {tag}, who drafted the credits, said the foundry had already lost two contracts this year.";

        Extractor.Single(Extractor.Indirect(body), "The foundry will move").Speaker!.Name.Should().Be("Temperance Oyelowo-Hart");
    }
}
