using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;
using static NewsTracker.Core.Tests.Infrastructure.ArchiveRows;

namespace NewsTracker.Core.Tests.Attention;

public sealed class AttentionServiceTests : DatabaseTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        await AttentionData.AddAsync(db);
    }

    [Fact]
    public async Task A_speakers_quotes_are_counted_per_month_stacked_by_kind_with_quiet_months_as_zero()
    {
        var chart = await SpeakerChartAsync(AttentionStack.Kind, AttentionPeriod.Month);

        chart.By.Should().Be(AttentionPeriod.Month);
        chart.Periods.Should().Equal(new DateOnly(2022, 1, 1), new DateOnly(2022, 2, 1), new DateOnly(2022, 3, 1));
        chart.Series.Select(s => s.Label).Should().Equal(AttentionSeries.Direct, AttentionSeries.Reported);
        chart.Series[0].Counts.Should().Equal(1, 1, 2);
        chart.Series[1].Counts.Should().Equal(1, 0, 0);
    }

    [Fact]
    public async Task Undated_quotes_are_left_out_of_the_chart_and_counted()
    {
        var chart = await SpeakerChartAsync(AttentionStack.Kind, AttentionPeriod.Month);

        chart.UndatedLeftOut.Should().Be(1);
        chart.Series.Sum(s => s.Total).Should().Be(5, "five of the six reports have a date");
    }

    [Fact]
    public async Task Weeks_run_Monday_to_Sunday_and_every_week_between_the_first_and_last_quote_is_a_row()
    {
        var chart = await SpeakerChartAsync(AttentionStack.Kind, AttentionPeriod.Week);

        chart.Periods.Should().HaveCount(8);
        chart.Periods[0].Should().Be(new DateOnly(2022, 1, 10));
        chart.Periods[^1].Should().Be(new DateOnly(2022, 2, 28), "5 March 2022 was a Saturday");
        chart.Periods.Should().OnlyContain(p => p.DayOfWeek == DayOfWeek.Monday);
        chart.Series[0].Counts.Should().Equal(1, 0, 0, 0, 0, 1, 0, 2);
        chart.Series[1].Counts.Should().Equal(0, 1, 0, 0, 0, 0, 0, 0);
    }

    [Fact]
    public async Task Left_to_choose_a_chart_counts_a_span_of_two_months_by_week()
    {
        var chart = await SpeakerChartAsync(AttentionStack.Kind, by: null);

        chart.By.Should().Be(AttentionPeriod.Week);
    }

    [Fact]
    public async Task Left_to_choose_a_chart_counts_a_year_by_month()
    {
        var chart = await SpeakerChartAsync(AttentionStack.Kind, by: null, from: Day(2022, 1, 1), to: Day(2023, 1, 1));

        chart.By.Should().Be(AttentionPeriod.Month);
        chart.Periods.Should().HaveCount(12, "the axis covers the dates asked for, quiet months included");
        chart.Series[0].Counts.Should().Equal(1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    [Fact]
    public async Task A_date_range_counts_only_the_quotes_inside_it()
    {
        var chart = await SpeakerChartAsync(AttentionStack.Kind, AttentionPeriod.Month, from: Day(2022, 2, 1));

        chart.Periods.Should().Equal(new DateOnly(2022, 2, 1), new DateOnly(2022, 3, 1));
        chart.Series[0].Counts.Should().Equal(1, 2);
        chart.Series[1].Counts.Should().Equal(0, 0);
        chart.UndatedLeftOut.Should().Be(1);
    }

    [Fact]
    public async Task Stacked_by_topic_a_quote_counts_under_each_of_its_topics_and_untagged_quotes_come_last()
    {
        var chart = await SpeakerChartAsync(AttentionStack.Topic, AttentionPeriod.Month);

        chart.Series.Select(s => (s.Label, string.Join(",", s.Counts))).Should().Equal(
            ("alliance membership", "0,0,2"),
            ("troop deployment", "2,0,0"),
            ("military aid", "1,0,0"),
            (AttentionSeries.NoTopic, "0,1,0"));
    }

    [Fact]
    public async Task An_actors_chart_counts_quotes_naming_it_and_quotes_by_its_people()
    {
        int nato;
        await using (var db = Database.CreateContext())
        {
            nato = await ActorIdAsync(db, "NATO");
        }

        var chart = await ChartAsync(new AttentionQuery(QuoteFacetKind.Actor, nato, AttentionStack.Kind, AttentionPeriod.Month));

        // Stoltenberg's five dated reports, and Lavrov's January quote that names NATO.
        chart.Series[0].Counts.Should().Equal(2, 1, 2);
        chart.Series[1].Counts.Should().Equal(1, 0, 0);
    }

    [Fact]
    public async Task A_topics_chart_counts_the_quotes_tagged_with_it()
    {
        int guarantees;
        await using (var db = Database.CreateContext())
        {
            guarantees = await TopicIdAsync(db, "security guarantees");
        }

        var chart = await ChartAsync(new AttentionQuery(QuoteFacetKind.Topic, guarantees, AttentionStack.Kind, AttentionPeriod.Month));

        chart.Periods.Should().HaveCount(3);
        chart.Series[0].Counts.Should().Equal(2, 0, 0);
        chart.Series[1].Counts.Should().Equal(0, 0, 1);
        chart.UndatedLeftOut.Should().Be(0);
    }

    [Fact]
    public async Task A_speaker_never_quoted_has_an_empty_chart()
    {
        int putin;
        await using (var db = Database.CreateContext())
        {
            putin = await ActorIdAsync(db, "Vladimir Putin");
        }

        var chart = await ChartAsync(new AttentionQuery(QuoteFacetKind.Speaker, putin, AttentionStack.Topic));

        chart.IsEmpty.Should().BeTrue();
        chart.Periods.Should().BeEmpty();
    }

    [Fact]
    public async Task A_kept_chart_is_counted_again_once_an_import_adds_quotes()
    {
        var before = await SpeakerChartAsync(AttentionStack.Kind, AttentionPeriod.Month);
        await using (var db = Database.CreateContext())
        {
            await AddArticleAsync(db, Day(2022, 2, 15), Quote("The allies will meet again next month.", AttentionData.Stoltenberg));
        }

        var after = await SpeakerChartAsync(AttentionStack.Kind, AttentionPeriod.Month);

        before.Series[0].Counts.Should().Equal(1, 1, 2);
        after.Series[0].Counts.Should().Equal(1, 2, 2);
    }

    [Fact]
    public async Task A_kept_chart_by_week_is_counted_again_after_an_audited_change_and_not_before()
    {
        var before = await SpeakerChartAsync(AttentionStack.Kind, AttentionPeriod.Week);
        await using (var db = Database.CreateContext())
        {
            // The February quote made reported speech beneath the services (a chart by week counts the quotes
            // themselves): the row changes first, as inside a correction's transaction, its audit entry last.
            var february = await db.Quotes.SingleAsync(q => q.Text == "The allies met again today.");
            february.Kind = QuoteKind.Indirect;
            await db.SaveChangesAsync();
        }

        var unaudited = await SpeakerChartAsync(AttentionStack.Kind, AttentionPeriod.Week);
        await using (var db = Database.CreateContext())
        {
            db.AuditEntries.Add(new NewsTracker.Core.Audit.AuditEntry
            {
                AtUtc = DateTime.UtcNow,
                User = "editor@example.org",
                Action = "corrected",
                Entity = "Quote",
                EntityId = "1",
                Summary = "kind",
            });
            await db.SaveChangesAsync();
        }

        var audited = await SpeakerChartAsync(AttentionStack.Kind, AttentionPeriod.Week);

        before.Series[1].Counts.Should().Equal(0, 1, 0, 0, 0, 0, 0, 0);
        unaudited.Series[1].Counts.Should().Equal(new[] { 0, 1, 0, 0, 0, 0, 0, 0 }, "the chart is kept until the archive's version moves");
        audited.Series[1].Counts.Should().Equal(0, 1, 0, 0, 0, 1, 0, 0);
    }

    private async Task<AttentionChart> SpeakerChartAsync(AttentionStack stack, AttentionPeriod? by, DateTime? from = null, DateTime? to = null)
    {
        int stoltenberg;
        await using (var db = Database.CreateContext())
        {
            stoltenberg = await ActorIdAsync(db, AttentionData.Stoltenberg);
        }

        return await ChartAsync(new AttentionQuery(QuoteFacetKind.Speaker, stoltenberg, stack, by, from, to));
    }

    private Task<AttentionChart> ChartAsync(AttentionQuery query) =>
        InScopeAsync<AttentionService, AttentionChart>(s => s.OverTimeAsync(query, default));
}
