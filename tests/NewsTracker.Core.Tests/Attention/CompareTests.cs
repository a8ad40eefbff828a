using NewsTracker.Core.Attention;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;
using static NewsTracker.Core.Tests.Infrastructure.ArchiveRows;

namespace NewsTracker.Core.Tests.Attention;

public sealed class CompareTests : DatabaseTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        await AttentionData.AddAsync(db);
    }

    [Fact]
    public async Task Two_speakers_get_a_series_each_in_the_order_named()
    {
        var comparison = await CompareAsync(new CompareRequest(Speakers: "Lavrov, jens-stoltenberg", By: AttentionPeriod.Month));

        comparison.Kind.Should().Be(QuoteFacetKind.Speaker);
        comparison.Refused.Should().BeEmpty();
        comparison.Unknown.Should().BeEmpty();
        var chart = comparison.Chart!;
        chart.Periods.Should().Equal(new DateOnly(2022, 1, 1), new DateOnly(2022, 2, 1), new DateOnly(2022, 3, 1));
        chart.Series.Select(s => (s.Label, string.Join(",", s.Counts))).Should().Equal(
            ("Sergei Lavrov", "1,0,1"),
            ("Jens Stoltenberg", "2,1,2"));
        comparison.Subjects.Select(s => (s.Slug, s.UndatedLeftOut)).Should().Equal(("sergei-lavrov", 0), ("jens-stoltenberg", 1));
        chart.UndatedLeftOut.Should().Be(1);
    }

    [Fact]
    public async Task A_topic_narrows_every_series_to_the_quotes_tagged_with_it()
    {
        var comparison = await CompareAsync(new CompareRequest(Speakers: "Stoltenberg,Lavrov,Blinken", Topic: "Security Guarantees", By: AttentionPeriod.Month));

        comparison.Topic!.Slug.Should().Be("security-guarantees");
        comparison.Chart!.Series.Select(s => (s.Label, s.Total)).Should().Equal(("Jens Stoltenberg", 0), ("Sergei Lavrov", 2), ("Antony Blinken", 1));
        comparison.Chart.Periods.Should().HaveCount(3);
    }

    [Fact]
    public async Task Actors_compare_what_involves_each()
    {
        var comparison = await CompareAsync(new CompareRequest(Actors: "NATO, Moscow", By: AttentionPeriod.Month));

        // NATO: Stoltenberg's five dated reports and Lavrov's mention. Russia: Lavrov's two, and the two quotes naming it.
        comparison.Chart!.Series.Select(s => (s.Label, s.Total)).Should().Equal(("NATO", 6), ("Russia", 4));
    }

    [Fact]
    public async Task Topics_compare_by_their_tags_within_the_dates()
    {
        var comparison = await CompareAsync(new CompareRequest(Topics: "troop deployment, alliance-membership", FromUtc: Day(2022, 1, 1), ToUtc: Day(2022, 2, 1)));

        comparison.Chart!.By.Should().Be(AttentionPeriod.Week);
        comparison.Chart.Series.Select(s => (s.Label, s.Total)).Should().Equal(("troop deployment", 3), ("alliance membership", 0));
        comparison.Chart.Periods[0].Should().Be(new DateOnly(2021, 12, 27), "the week of 1 January 2022 began on Monday 27 December");
    }

    [Fact]
    public async Task An_unknown_name_is_said_and_the_others_are_still_compared()
    {
        var comparison = await CompareAsync(new CompareRequest(Speakers: "Stoltenberg, Nobody Atall, Lavrov"));

        comparison.Unknown.Select(u => (u.Field, u.Message)).Should().Equal(("speakers", "No speaker called “Nobody Atall”."));
        comparison.Chart!.Series.Select(s => s.Label).Should().Equal("Jens Stoltenberg", "Sergei Lavrov");
    }

    [Fact]
    public async Task A_speaker_named_twice_is_compared_once_and_said()
    {
        var comparison = await CompareAsync(new CompareRequest(Speakers: "Stoltenberg, jens-stoltenberg, Lavrov"));

        comparison.Unknown.Should().ContainSingle().Which.Message.Should().Be("“jens-stoltenberg” is Jens Stoltenberg again, compared once.");
        comparison.Chart!.Series.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_unknown_topic_is_said_and_nothing_is_charted()
    {
        var comparison = await CompareAsync(new CompareRequest(Speakers: "Stoltenberg, Lavrov", Topic: "knitting"));

        comparison.Unknown.Select(u => u.Message).Should().Equal("No topic called “knitting”.");
        comparison.Chart.Should().BeNull();
    }

    [Theory]
    [InlineData("Stoltenberg", "Name at least two speakers to compare, separated by commas.")]
    [InlineData("Stoltenberg, ,", "Name at least two speakers to compare, separated by commas.")]
    [InlineData("a,b,c,d,e", "Compare at most four speakers at a time; 5 were named.")]
    public async Task One_name_or_five_are_refused_before_anything_is_counted(string speakers, string message)
    {
        var comparison = await CompareAsync(new CompareRequest(Speakers: speakers));

        comparison.Refused.Select(r => (r.Field, r.Message)).Should().Equal(("speakers", message));
        comparison.Chart.Should().BeNull();
    }

    [Fact]
    public async Task Speakers_and_actors_at_once_are_refused()
    {
        var comparison = await CompareAsync(new CompareRequest(Speakers: "Stoltenberg, Lavrov", Actors: "NATO, Russia"));

        comparison.Refused.Select(r => r.Message).Should().Equal("Compare speakers, actors or topics: one kind at a time.");
    }

    [Fact]
    public async Task An_end_date_before_the_start_is_refused()
    {
        var comparison = await CompareAsync(new CompareRequest(Speakers: "Stoltenberg, Lavrov", FromUtc: Day(2022, 3, 1), ToUtc: Day(2022, 2, 1)));

        comparison.Refused.Select(r => (r.Field, r.Message)).Should().Equal(("to", "The end date is before the start date."));
    }

    private Task<Comparison> CompareAsync(CompareRequest request) =>
        InScopeAsync<AttentionService, Comparison>(s => s.CompareAsync(request, default));
}
