using NewsTracker.Core.Attention;

namespace NewsTracker.Core.Tests.Attention;

public sealed class PeriodAxisTests
{
    private static readonly DateOnly March2020 = new(2020, 3, 4);
    private static readonly DateOnly June2024 = new(2024, 6, 20);

    [Fact]
    public void Weeks_asked_for_over_more_than_three_years_become_months_with_a_note()
    {
        var plan = PeriodAxis.Plan(null, null, March2020, June2024, AttentionPeriod.Week);

        plan.By.Should().Be(AttentionPeriod.Month);
        plan.Periods[0].Should().Be(new DateOnly(2020, 3, 1));
        plan.Periods[^1].Should().Be(new DateOnly(2024, 6, 1));
        plan.Note.Should().Be("By week would take more than 156 weeks, so this chart counts by month.");
    }

    [Fact]
    public void A_range_far_wider_than_the_quotes_shrinks_to_their_dates()
    {
        var plan = PeriodAxis.Plan(new DateOnly(1, 1, 1), new DateOnly(2999, 12, 31), March2020, June2024, AttentionPeriod.Month);

        plan.Periods.Should().HaveCount(52);
        plan.Note.Should().BeNull();
    }

    [Fact]
    public void More_months_than_a_chart_holds_keeps_the_latest()
    {
        var plan = PeriodAxis.Plan(null, null, new DateOnly(1950, 1, 1), June2024, AttentionPeriod.Month);

        plan.Periods.Should().HaveCount(PeriodAxis.MaxMonths);
        plan.Periods[^1].Should().Be(new DateOnly(2024, 6, 1));
        plan.Note.Should().StartWith("Only the latest 240 months are shown");
    }

    [Fact]
    public void Nothing_quoted_means_no_periods()
    {
        PeriodAxis.Plan(March2020, June2024, null, null, null).Periods.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2022, 1, 31, 2022, 1, 31)]
    [InlineData(2022, 2, 6, 2022, 1, 31)]
    [InlineData(2022, 2, 7, 2022, 2, 7)]
    public void A_day_falls_in_the_week_that_starts_on_the_Monday_before_it(int y, int m, int d, int wy, int wm, int wd)
    {
        PeriodAxis.StartOf(new DateOnly(y, m, d), AttentionPeriod.Week).Should().Be(new DateOnly(wy, wm, wd));
    }

    [Fact]
    public void A_plan_finds_the_period_of_a_day_and_none_outside_it()
    {
        var plan = PeriodAxis.Plan(null, null, new DateOnly(2022, 1, 10), new DateOnly(2022, 3, 5), AttentionPeriod.Week);

        plan.IndexOf(new DateOnly(2022, 1, 16)).Should().Be(0);
        plan.IndexOf(new DateOnly(2022, 1, 17)).Should().Be(1);
        plan.IndexOf(new DateOnly(2022, 3, 6)).Should().Be(7);
        plan.IndexOf(new DateOnly(2022, 3, 7)).Should().Be(-1);
    }
}
