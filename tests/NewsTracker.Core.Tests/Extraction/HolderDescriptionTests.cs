using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Tests.Extraction;

// What stands before or after a holder's name describes them: their status, rank, unit and party are no bodies of
// their own, and a phrase around the name does not turn the person into an organisation.
public sealed class HolderDescriptionTests
{
    [Fact]
    public void A_status_before_a_title_is_no_part_of_the_affiliation()
    {
        var quote = Extractor.Direct("Retired Norwegian Colonel Henrik Aalund was blunt: “Nobody guards a coast with speeches.”")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Henrik Aalund");
        quote.Speaker.Affiliation.Should().Be("Norway");
    }

    [Fact]
    public void An_appositive_after_the_age_with_a_status_and_a_service_gives_the_rank()
    {
        var body = """
            Tomas Vell, 61, a retired air force brigadier, now teaching at a staff college, said the order books were full.

            The retired brigadier's verdict was blunt: the country "cannot sell to everyone and please everyone".
            """;

        var quotes = Extractor.Indirect(body);

        quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Tomas Vell");
        quotes[0].Speaker!.Role.Should().Be("Retired Air Force Brigadier");
    }

    [Fact]
    public void An_appositive_whose_posting_ends_in_a_city_gives_the_role()
    {
        var body = """
            Ada Quist, a defence economist at the Harlow Institute in Bergen, has studied the yards for a decade.

            Quist said the yards were short of welders.
            """;

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ada Quist");
        quote.Speaker.Role.Should().Be("Defence Economist");
    }

    [Fact]
    public void A_states_adjective_in_the_appositive_after_a_status_is_the_affiliation()
    {
        var body = """
            Colin Rafter, a retired British general who once led the brigade in Estonia, has written a book about the plan.

            Rafter says the plan is sound.
            """;

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Colin Rafter");
        quote.Speaker.Affiliation.Should().Be("United Kingdom");
        quote.Speaker.Role.Should().Be("Retired General");
    }

    [Fact]
    public void The_honourable_is_no_part_of_a_members_name()
    {
        var body = """
            Hon. Osric Kamara, the Member for Constituency 12, said the barracks had no roofs.

            The Honourable Ada Lund Quist said the battalion would leave in March.
            """;

        var quotes = Extractor.Indirect(body);

        quotes.Select(q => q.Speaker?.Name).Should().Equal("Osric Kamara", "Ada Lund Quist");
    }

    [Fact]
    public void A_party_and_backbencher_before_a_name_after_a_dash_are_the_role_and_the_party()
    {
        var body = """
            LINE OF THE WEEK

            "We slept in those barracks in January. The minister is welcome to try it." — Labour backbencher Tom Ellery-Vance, on the army's housing.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Tom Ellery-Vance");
        quote.Speaker.Role.Should().Be("Backbencher");
    }

    [Fact]
    public void A_judge_is_her_honour()
    {
        var body = """
            Sentencing him on Friday, Judge Mara Quinlan said the 51-year-old had lied from the first interview.

            "He sold what he was told not to sell, to the buyer he was told not to sell it to," Her Honour said.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Mara Quinlan");
    }

    [Fact]
    public void A_hyphenated_rank_is_the_title_and_the_general_is_its_holder()
    {
        var body = """
            Brigadier-General Ola Dybvik, who commands the northern task force, arrived by helicopter on Monday.

            "We want the patrols watching the coast, not mending engines," the general said.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ola Dybvik");
        quote.Speaker.Role.Should().Be("Brigadier-General");
    }

    [Fact]
    public void An_age_with_a_nationality_describes_a_person()
    {
        var body = """
            "The pipeline was never a local project," the company's chief executive, Lotte Brandauer, told reporters in Vienna.

            The 49-year-old Austrian, in the post since last year, said deliveries to Chisinau would begin "once the compressor station is finished".
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "deliveries");

        quote.Speaker!.Name.Should().Be("Lotte Brandauer");
    }

    [Fact]
    public void An_ordinal_opening_a_unit_stays_in_its_name()
    {
        var quote = Extractor.Indirect("Third Army Region commander Lt Gen Karel Horak told reporters the tunnel would reopen on Friday.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Karel Horak");
        quote.Speaker.Affiliation.Should().Be("Third Army Region");
    }

    [Fact]
    public void A_south_asian_rank_is_a_title()
    {
        var body = "Her grandfather, retired Havildar Major Rashid Nurani, still walks to the barracks gate. “The regiment is my other family,” he says.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Rashid Nurani");
        quote.Speaker.Affiliation.Should().BeNull();
    }

    [Theory]
    [InlineData("Republican Senate")]
    [InlineData("Democratic House")]
    public void A_partys_side_of_a_chamber_is_no_body(string name)
    {
        ActorNames.WhyNotAName(name, ActorKind.Organisation).Should().NotBeNull();
    }

    [Theory]
    [InlineData("Republican Party")]
    [InlineData("Senate Foreign Relations Committee")]
    public void A_party_or_a_chambers_committee_is_a_body(string name)
    {
        ActorNames.WhyNotAName(name, ActorKind.Organisation).Should().BeNull();
    }

    [Fact]
    public void A_full_name_before_of_and_a_body_is_the_person()
    {
        var quote = Extractor.Indirect("In Tromsø, Orrin Hallow of the Polar Institute warns that the shipping lanes will open within a decade.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Orrin Hallow");
        quote.Speaker.Kind.Should().Be(ActorKind.Person);
    }

    [Theory]
    [InlineData("from")]
    [InlineData("at")]
    public void A_person_from_or_at_a_body_is_the_person(string preposition)
    {
        var quote = Extractor.Indirect($"The economist Orrin Hallow {preposition} the Polar Institute said the shipping lanes will open within a decade.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Orrin Hallow");
        quote.Speaker.Kind.Should().Be(ActorKind.Person);
    }

    [Theory]
    [InlineData("The row grew on Friday, when the press officer of the Harbour Board, Captain Orrin Hallow, said that the quay would close.")]
    [InlineData("The row grew on Friday, when the harbour press officer, Captain Orrin Hallow, said that the quay would close.")]
    [InlineData("Captain Orrin Hallow, when asked about the row, said that the quay would close.")]
    public void The_subject_of_a_when_clause_is_read_inside_it(string sentence)
    {
        var quote = Extractor.Indirect(sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Orrin Hallow");
    }

    [Fact]
    public void Joint_chiefs_of_a_state_stay_one_body()
    {
        var quote = Extractor.Indirect("The South Korean Joint Chiefs of Staff said the drills would end on Friday.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("South Korean Joint Chiefs of Staff");
    }

    [Fact]
    public void A_paper_the_person_spoke_to_does_not_make_them_a_body()
    {
        var quote = Extractor.Indirect("Speaking to this paper, Tô Minh Khải, a fish trader from Vĩnh Long, complained that the river port had been closed for a week.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void A_described_body_of_a_known_actor_is_the_body_named_before()
    {
        var body = "The Harbour Relief Programme will cut its school meals by a third, the UN agency said on Monday.";

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Harbour Relief Programme");
    }

    [Fact]
    public void A_described_body_with_nothing_named_before_is_the_known_actor()
    {
        var quote = Extractor.Indirect("The UN agency said its warehouses in the north were nearly empty.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("United Nations");
    }

    [Fact]
    public void A_capital_that_is_also_a_first_name_opens_a_persons_name()
    {
        var quote = Extractor.Indirect("Commission spokeswoman Sofia Lindgren said the border talks would resume in March.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Sofia Lindgren");
        quote.Speaker.Affiliation.Should().NotBe("Bulgaria");
    }

    [Fact]
    public void A_capital_before_a_title_stays_the_capital()
    {
        var quote = Extractor.Indirect("Sofia Mayor Petar Ganchev said the tram line would open in May.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Petar Ganchev");
        quote.Speaker.Affiliation.Should().Be("Bulgaria");
    }

    [Fact]
    public void A_one_word_name_with_a_bodys_officer_speaks_as_a_body()
    {
        var body = """
            HAMMERFEST, May 3 — Gas deliveries will stay below plan for another week, Korvald said on Wednesday.

            Korvald's chief executive, Ada Lindqvist, told a conference in Bergen that the repairs were on schedule.
            """;

        var quote = Extractor.Run(body, "Korvald warns of lower gas deliveries").Quotes
            .Should().ContainSingle(q => q.Text.StartsWith("Gas deliveries", StringComparison.Ordinal)).Subject;

        quote.Speaker!.Name.Should().Be("Korvald");
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    [Fact]
    public void A_participle_ends_a_bodys_appositive()
    {
        var body = "“Nobody was hurt and repairs start tomorrow,” Nordkabel, the Danish company repairing the pipe, said in a statement.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Nordkabel");
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }
}
