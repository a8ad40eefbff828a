using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Attention;

// A chart's counts read from the stored monthly counts (MonthlyCount): one range of the (Kind, FacetId, MonthUtc)
// key per subject, a row per month and topic, however many quotes the subject has.
internal static class StoredMonths
{
    public sealed record Row(int FacetId, DateTime MonthUtc, int TopicId, int Direct, int Reported, int Untagged);

    // Whole months only: a chart by week, or dates that cut a month, count the quotes themselves.
    public static bool CanAnswer(AxisPlan plan, DateTime? fromUtc, DateTime? toUtc) =>
        plan.By == AttentionPeriod.Month && IsMonthStart(fromUtc) && IsMonthStart(toUtc);

    // The plan's months; topicId null reads every row (all quotes and each topic), otherwise that topic's only.
    public static Task<List<Row>> ReadAsync(
        NewsDbContext db, QuoteFacetKind kind, IReadOnlyCollection<int> facetIds, int? topicId, AxisPlan plan, CancellationToken ct)
    {
        var ids = facetIds.ToList();
        var (start, end) = (plan.StartUtc, plan.EndUtc);
        var rows = db.MonthlyCounts.AsNoTracking().Where(c => c.Kind == kind && ids.Contains(c.FacetId) && c.MonthUtc >= start && c.MonthUtc < end);
        if (topicId is { } topic)
        {
            rows = rows.Where(c => c.TopicId == topic);
        }

        return rows.Select(c => new Row(c.FacetId, c.MonthUtc, c.TopicId, c.Direct, c.Reported, c.Untagged)).ToListAsync(ct);
    }

    // Undated quotes per subject (of the topic given, or all): one row each.
    public static Task<Dictionary<int, int>> UndatedAsync(
        NewsDbContext db, QuoteFacetKind kind, IReadOnlyCollection<int> facetIds, int topicId, CancellationToken ct)
    {
        var ids = facetIds.ToList();
        return db.MonthlyCounts.AsNoTracking()
            .Where(c => c.Kind == kind && ids.Contains(c.FacetId) && c.MonthUtc == ReportedDate.Undated && c.TopicId == topicId)
            .ToDictionaryAsync(c => c.FacetId, c => c.Direct + c.Reported, ct);
    }

    // Rows summed into a chart's periods under the key each row gives (a row outside the axis is dropped).
    public static Dictionary<(TKey Key, int Period), int> Fold<TKey>(
        IEnumerable<Row> rows, AxisPlan plan, Func<Row, IEnumerable<(TKey Key, int Count)>> counts)
        where TKey : notnull
    {
        var folded = new Dictionary<(TKey, int), int>();
        foreach (var row in rows)
        {
            var period = plan.IndexOf(DateOnly.FromDateTime(row.MonthUtc));
            if (period < 0)
            {
                continue;
            }

            foreach (var (key, count) in counts(row))
            {
                folded[(key, period)] = folded.GetValueOrDefault((key, period)) + count;
            }
        }

        return folded;
    }

    private static bool IsMonthStart(DateTime? utc) => utc is not { } value || value == new DateTime(value.Year, value.Month, 1, 0, 0, 0, value.Kind);
}
