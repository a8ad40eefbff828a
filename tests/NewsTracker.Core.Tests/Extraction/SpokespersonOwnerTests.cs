namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: an institution named with a possessive before a spokesperson. Named, the person speaks for it; unnamed,
// the quote is an unnamed source of that institution, never an actor called "spokeswoman" nor the institution.
public sealed class SpokespersonOwnerTests
{
    [Fact]
    public void A_spokesperson_in_apposition_after_a_possessive_institution_speaks_for_it()
    {
        var quote = Extractor.Direct("“The platform will restart within a week,” Equinor's spokesman, Kari Lund, said.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Kari Lund");
        quote.Speaker.Role.Should().Be("Spokesman");
        quote.Speaker.Affiliation.Should().Be("Equinor");
    }

    // "An Algerian foreign ministry spokesman": the state's institution, written in lower case, speaks; never the
    // state's adjective alone as an organisation "Algerian".
    [Theory]
    [InlineData("An Algerian foreign ministry spokesman", "Algerian Foreign Ministry")]
    [InlineData("A Danish defence ministry spokeswoman", "Danish defence ministry")]
    [InlineData("A Norwegian embassy spokeswoman", "Norwegian embassy")]
    public void A_states_institution_in_lower_case_before_a_spokesperson_speaks(string phrase, string organisation)
    {
        var quote = Extractor.Indirect($"{phrase} said on Friday that the harbour talks would go on in the spring.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(organisation);
        quote.Speaker.Kind.Should().Be(Core.Actors.ActorKind.Organisation);
    }

    [Fact]
    public void The_institutions_unnamed_spokeswoman_is_an_unnamed_source_of_the_institution_described_before()
    {
        var body = "The Ministry of Energy said the gas field was shut on Monday after a fire.\n\n"
            + "“There is no danger to the public from the fire,” the ministry's spokeswoman said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
        quote.Source!.Description.Should().Be("the ministry's spokeswoman");
        quote.Source.Affiliation.Should().Be("Ministry of Energy");
        quote.Rule.Should().EndWith("organisation-spokesperson-unnamed");
    }

    // The institution after "a spokeswoman for" speaks, owned or described: never an actor "Foreign" nor nobody.
    [Theory]
    [InlineData("A spokeswoman for Freedonia's foreign ministry said its lawyers would answer the court within a month.", "Freedonia's foreign ministry")]
    [InlineData("A spokesman for the Freedonian foreign ministry said its lawyers would answer the court within a month.", "Freedonian foreign ministry")]
    public void A_spokesperson_for_an_owned_or_described_ministry_speaks_for_that_ministry(string body, string institution)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(institution);
        quote.Speaker.Kind.Should().Be(Core.Actors.ActorKind.Organisation);
    }

    // A press unit speaks for its owner, never as an actor "Kremlin press service".
    [Theory]
    [InlineData("The Kremlin press service said the envoys would meet again before the harvest.", "Kremlin")]
    [InlineData("The Kremlin's press service said the envoys would meet again before the harvest.", "Kremlin")]
    [InlineData("Ukraine's presidential press office said the delegation had landed in Geneva on Monday.", "Ukraine")]
    [InlineData("The Harbour Authority press office said the quays would reopen in June after the repairs.", "Harbour Authority")]
    [InlineData("The press office at the Ministry of Ports told reporters that the quays would close for repairs.", "Ministry of Ports")]
    public void A_press_service_speaks_for_its_owner(string body, string owner)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be(owner);
    }

    // "Commission" alone fails the name check; the institution it is short for was named, not quoted, before.
    [Fact]
    public void A_spokesperson_of_an_institution_named_by_its_head_speaks_for_the_institution_named_before()
    {
        var body = "The Harbour Commission has weighed a response to the levy for weeks.\n\n"
            + "“We will study the text carefully before we react,” a Commission spokeswoman said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Harbour Commission");
        quote.Rule.Should().EndWith("organisation-mentioned");
    }

    [Fact]
    public void The_institutions_spokeswoman_is_the_one_the_article_named_with_it()
    {
        var body = "The Ministry of Energy said the gas field was shut on Monday after a fire. "
            + "Ministry of Energy spokeswoman Ida Holm said nobody was hurt.\n\n"
            + "“There is no danger to the public from the fire,” the ministry's spokeswoman said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ida Holm");
        quote.Speaker.Affiliation.Should().Be("Ministry of Energy");
    }

    [Fact]
    public void A_company_spokesman_nobody_named_gives_no_speaker()
    {
        var quote = Extractor.Direct("“There is no danger to the public from the fire,” said the company's spokesman.")
            .Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
        quote.Source!.Description.Should().Be("the company's spokesman");
    }

    [Fact]
    public void The_spokesman_again_speaks_for_the_institution_an_unnamed_spokesman_spoke_for()
    {
        var body = "A Gazprom spokesman said exports would fall sharply next year.\n\n"
            + "“We are committed to every one of our contracts,” the spokesman said.";

        Extractor.Single(Extractor.Direct(body), "We are committed").Speaker!.Name.Should().Be("Gazprom");
    }

    [Fact]
    public void The_spokesman_with_no_spokesman_before_names_nobody()
    {
        var body = "Gazprom said exports would fall sharply next year.\n\n"
            + "“We are committed to every one of our contracts,” the spokesman said.";

        Extractor.Single(Extractor.Direct(body), "We are committed").Speaker.Should().BeNull();
    }

    [Fact]
    public void A_spokesperson_for_an_institution_named_in_apposition_is_that_person()
    {
        var quote = Extractor.Indirect("A spokesperson for the Freedonian Embassy in Oslo, David Marsh, said the ship had left port.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("David Marsh");
        quote.Speaker.Role.Should().Be("Spokesperson");
    }

    // A mission is named by its city; the city is part of the name, never a speaker or a person of its own.
    [Theory]
    [InlineData("The Freedonian Embassy in Harbourtown said the port welcomed vessels of all nations.", "Freedonian Embassy in Harbourtown")]
    [InlineData("The Freedonian Embassy in Harbourtown called the levy unfair and said the port welcomed vessels of all nations.", "Freedonian Embassy in Harbourtown")]
    [InlineData("A spokesperson for the Freedonian embassy in Harbourtown said the port welcomed vessels of all nations.", "Freedonian embassy in Harbourtown")]
    public void An_embassy_speaks_with_its_city_in_its_name(string body, string embassy)
    {
        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "the port welcomed").Speaker!.Name.Should().Be(embassy);
        result.People.Should().NotContain(p => p.Name == "Harbourtown");
    }

    [Fact]
    public void The_embassy_later_is_the_mission_with_its_city()
    {
        var body = "The Freedonian Embassy in Harbourtown called the levy unfair.\n\nThe embassy later said the port welcomed vessels of all nations.";

        Extractor.Single(Extractor.Indirect(body), "the port welcomed").Speaker!.Name.Should().Be("Freedonian Embassy in Harbourtown");
    }

    [Fact]
    public void The_bracketed_acronym_after_a_spokespersons_institution_is_not_part_of_its_name()
    {
        var quote = Extractor.Indirect("A spokesperson of the Harbour Defence Command (HDC) said the lease was valid until 2034.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Harbour Defence Command");
    }

    // The name after the institution's spokesperson speaks, whatever the institution is called.
    [Theory]
    [InlineData("In Harbourtown, a spokesman for the Freedonian transitional administration, Ivo Marsh, wrote that the port would reopen in June.")]
    [InlineData("A spokeswoman for the Halden port authority, Ilse Varga, said the port would reopen in June.")]
    public void A_spokesperson_for_an_institution_named_in_apposition_is_the_speaker(string body)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Kind.Should().Be(Core.Actors.ActorKind.Person);
        quote.Speaker.Name.Should().BeOneOf("Ivo Marsh", "Ilse Varga");
        quote.Speaker.Role.Should().StartWith("Spokes");
    }

    // "Ministry of Ports" is the institution's name; "Ports spokesperson" after its "of" is nobody.
    [Fact]
    public void A_spokesperson_of_an_institution_named_with_of_speaks_for_the_whole_name()
    {
        var quote = Extractor.Indirect("A Ministry of Ports spokesperson said the frigate had followed the trawler all week.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ministry of Ports");
    }

    // A rank before the name is the role; the post after it still says whose spokesman he is, as an acronym later does.
    [Fact]
    public void The_bodys_spokesman_by_acronym_is_the_officer_posted_there_behind_his_rank()
    {
        var body = "About 600 soldiers left the base on Sunday, said Major Tobias Wendling, spokesman for the Harbour Support and "
            + "Training Mission in Freedonia (HSTM).\n\nA farmer, Idris Olad, said the roads were quiet.\n\n"
            + "The HSTM spokesman said the next units were expected before the rains.";

        Extractor.Single(Extractor.Indirect(body), "the next units").Speaker!.Name.Should().Be("Tobias Wendling");
    }

    // A posting at a body whose name opens with a state ("the Freedonia Institute of …") affiliates nobody to the state.
    [Fact]
    public void A_posting_at_an_institute_named_after_a_state_is_no_affiliation_to_the_state()
    {
        var quote = Extractor.Indirect("Marta Kivi, a research fellow at the Norway Institute of Harbour Studies, said the levy would hurt.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Marta Kivi");
        quote.Speaker.Affiliation.Should().BeNull();
    }

    // An unnamed company spokesperson speaks for the company named last, as "the company said" would.
    [Fact]
    public void A_company_spokeswoman_never_named_speaks_for_the_company_named_last()
    {
        var body = """
            Nordgrid, which runs the northern grid, said on Sunday that crews had brought power back to the islands. A company spokeswoman said that evening cuts might return before the holidays.
            """;

        Extractor.Single(Extractor.Indirect(body), "evening cuts").Speaker!.Name.Should().Be("Nordgrid");
    }

    [Fact]
    public void A_company_spokeswoman_with_no_company_named_is_nobody_named()
    {
        var quote = Extractor.Indirect("A company spokeswoman said that evening cuts might return before the holidays.").Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_company_named_with_and_is_named_whole()
    {
        var body = """
            Workers at Baltic Ore and Steel Holdings walked out on Monday over unpaid overtime. The firm said that the furnace needed new linings after the fire.
            """;

        Extractor.Single(Extractor.Indirect(body), "the furnace").Speaker!.Name.Should().Be("Baltic Ore and Steel Holdings");
    }

    [Fact]
    public void A_spokesman_for_a_company_described_before_its_name_speaks_for_the_named_company()
    {
        var quote = Extractor.Indirect("A spokesman for ferry operator company Nordlink said the night crossings would resume in May.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Nordlink");
    }
}
