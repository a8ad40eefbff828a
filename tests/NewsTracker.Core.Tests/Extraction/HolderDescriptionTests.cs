using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Tests.Extraction;

// What stands before or after a holder's name describes them: their status, rank, unit and party are no bodies of
// their own, and a phrase around the name does not turn the person into an organisation.
public sealed class HolderDescriptionTests
{
    [Fact]
    public void A_status_before_a_title_is_no_part_of_the_affiliation()
    {
        var quote = Extractor.Direct("Retired Danish Major General Henrik Aalund put it bluntly: “A wall is a thing you build once.”")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Henrik Aalund");
        quote.Speaker.Affiliation.Should().Be("Denmark");
    }

    [Fact]
    public void An_ordinal_opening_a_unit_stays_in_its_name()
    {
        var quote = Extractor.Indirect("Third Army Region commander Lt Gen Somchai Rattana told reporters the army would hold its positions.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Somchai Rattana");
        quote.Speaker.Affiliation.Should().Be("Third Army Region");
    }

    [Fact]
    public void A_south_asian_rank_is_a_title()
    {
        var body = "Her father, retired Subedar Major Qasim Nurani, keeps a photograph on the wall. “My daughter has more medals than I had days of leave,” he says.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Qasim Nurani");
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
        var quote = Extractor.Indirect("In Fairbanks, Brent Hallow of the Polar Institute cautions that Washington has lost interest in the council.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Brent Hallow");
        quote.Speaker.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void Joint_chiefs_of_a_state_stay_one_body()
    {
        var quote = Extractor.Indirect("The South Korean Joint Chiefs of Staff said North Korea had fired two missiles.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("South Korean Joint Chiefs of Staff");
    }

    [Fact]
    public void A_paper_the_person_spoke_to_does_not_make_them_a_body()
    {
        var quote = Extractor.Indirect("Talking to this newspaper, Tô Minh Khải, a boat owner from Vĩnh Long, lamented that his crew was detained for four months.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void A_described_body_of_a_known_actor_is_the_body_named_before()
    {
        var body = "The Harbour Relief Programme will halve rations from April, the UN agency said on Monday.";

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Harbour Relief Programme");
    }

    [Fact]
    public void A_described_body_with_nothing_named_before_is_the_known_actor()
    {
        var quote = Extractor.Indirect("The UN agency said it faced a shortfall of $81 million.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("United Nations");
    }
}
