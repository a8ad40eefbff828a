namespace NewsTracker.Core.Attention;

// The periods a chart runs over, in order and without gaps, so a quiet week shows as an empty bar rather than
// vanishing. The axis covers the dates asked for (or the quotes' first to last date), bounded so that a page never
// draws thousands of bars: a range far wider than the quotes shrinks to the quotes' own dates.
public static class PeriodAxis
{
    // Up to this many days (about six months) a chart left to choose counts by week; longer spans by month.
    public const int WeekSpanDays = 183;

    public const int MaxWeeks = 156;

    public const int MaxMonths = 240;

    public static DateOnly StartOf(DateOnly day, AttentionPeriod by) =>
        by == AttentionPeriod.Week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : new DateOnly(day.Year, day.Month, 1);

    public static DateOnly Next(DateOnly start, AttentionPeriod by) =>
        by == AttentionPeriod.Week ? start.AddDays(7) : start.AddMonths(1);

    // How many periods it takes to cover first to last, both days included.
    public static int Count(DateOnly first, DateOnly last, AttentionPeriod by)
    {
        var (a, b) = (StartOf(first, by), StartOf(last, by));
        if (b < a)
        {
            return 0;
        }

        return by == AttentionPeriod.Week ? ((b.DayNumber - a.DayNumber) / 7) + 1 : ((b.Year - a.Year) * 12) + b.Month - a.Month + 1;
    }

    // Wanted: the first and last day asked for (either may be open); data: the first and last day with a quote in
    // that range, null when there is none (then there is nothing to draw).
    public static AxisPlan Plan(DateOnly? wantedFirst, DateOnly? wantedLast, DateOnly? dataFirst, DateOnly? dataLast, AttentionPeriod? by)
    {
        if (dataFirst is not { } quotedFirst || dataLast is not { } quotedLast)
        {
            return new AxisPlan(by ?? AttentionPeriod.Month, [], null);
        }

        var first = wantedFirst ?? quotedFirst;
        var last = wantedLast ?? quotedLast;
        var chosen = by ?? (last.DayNumber - first.DayNumber <= WeekSpanDays ? AttentionPeriod.Week : AttentionPeriod.Month);
        if (Count(first, last, chosen) > Most(chosen))
        {
            (first, last) = (Later(first, quotedFirst), Earlier(last, quotedLast));
        }

        string? note = null;
        if (chosen == AttentionPeriod.Week && Count(first, last, chosen) > MaxWeeks)
        {
            chosen = AttentionPeriod.Month;
            note = $"By week would take more than {MaxWeeks} weeks, so this chart counts by month.";
        }

        if (Count(first, last, chosen) > MaxMonths)
        {
            first = StartOf(last, chosen).AddMonths(-(MaxMonths - 1));
            note = $"Only the latest {MaxMonths} months are shown: narrow the dates to see earlier ones.";
        }

        var periods = new List<DateOnly>();
        for (var start = StartOf(first, chosen); start <= last; start = Next(start, chosen))
        {
            periods.Add(start);
        }

        return new AxisPlan(chosen, periods, note);
    }

    private static int Most(AttentionPeriod by) => by == AttentionPeriod.Week ? MaxWeeks : MaxMonths;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}

// The periods chosen for a chart, and what the counting query reads: [StartUtc, EndUtc).
public sealed record AxisPlan(AttentionPeriod By, IReadOnlyList<DateOnly> Periods, string? Note)
{
    public DateTime StartUtc => Periods[0].ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public DateTime EndUtc => PeriodAxis.Next(Periods[^1], By).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    // The period a day falls in, as an index into Periods; -1 outside the axis.
    public int IndexOf(DateOnly day)
    {
        var start = PeriodAxis.StartOf(day, By);
        if (Periods.Count == 0 || start < Periods[0] || start > Periods[^1])
        {
            return -1;
        }

        return PeriodAxis.Count(Periods[0], start, By) - 1;
    }
}
