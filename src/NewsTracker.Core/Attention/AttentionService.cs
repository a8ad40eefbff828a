using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Attention;

// Quotes over time. A chart by month reads the stored monthly counts (StoredMonths): one key range per subject,
// kept in step by the writers. A chart by week, or dates that cut a month, counts the filter index (QuoteFacets):
// a subject's rows are one range of its (Kind, FacetId, ReportedUtc) key, grouped by day, and that count is kept
// under the archive's version (AttentionCache). The axis comes from the first and last dated quote (two seeks of the
// filter index). Every report counts (a statement two articles carried counts twice): attention is what the press
// printed. Undated quotes have no period: they are left out and counted.
public sealed class AttentionService(NewsDbContext db, FilterNames names, AttentionCache cache)
{
    // The key quotes with no topic are counted under, beside the topics' ids.
    private const int UntaggedKey = 0;

    public async Task<AttentionChart> OverTimeAsync(AttentionQuery query, CancellationToken ct)
    {
        var undated = (await StoredMonths.UndatedAsync(db, query.Subject, [query.SubjectId], MonthlyCount.AllTopics, ct)).GetValueOrDefault(query.SubjectId);
        var rows = db.QuoteFacets.AsNoTracking().Where(f => f.Kind == query.Subject && f.FacetId == query.SubjectId);
        var dated = InRange(rows, query.FromUtc, query.ToUtc);
        var plan = await PlanAsync(dated, query.FromUtc, query.ToUtc, query.By, ct);
        if (plan.Periods.Count == 0)
        {
            return AttentionChart.Empty(plan.By, undated);
        }

        if (!StoredMonths.CanAnswer(plan, query.FromUtc, query.ToUtc))
        {
            return await cache.GetOrCountAsync(db, query, () => WalkAsync(InRange(dated, plan.StartUtc, plan.EndUtc), query.Stack, plan, undated, ct), ct);
        }

        var months = await StoredMonths.ReadAsync(
            db, query.Subject, [query.SubjectId], query.Stack == AttentionStack.Kind ? MonthlyCount.AllTopics : null, plan, ct);
        var series = query.Stack == AttentionStack.Topic
            ? await TopicSeriesAsync(
                StoredMonths.Fold<int>(months.Where(m => m.TopicId != MonthlyCount.AllTopics), plan, m => [(m.TopicId, m.Direct + m.Reported)]),
                StoredMonths.Fold<int>(months.Where(m => m.TopicId == MonthlyCount.AllTopics), plan, m => [(UntaggedKey, m.Untagged)]),
                plan,
                ct)
            : KindSeries(StoredMonths.Fold<QuoteKind>(months, plan, m => [(QuoteKind.Direct, m.Direct), (QuoteKind.Indirect, m.Reported)]), plan);
        return new AttentionChart(plan.By, plan.Periods, series, undated, plan.Note);
    }

    private async Task<AttentionChart> WalkAsync(IQueryable<QuoteFacet> dated, AttentionStack stack, AxisPlan plan, int undated, CancellationToken ct)
    {
        var series = stack == AttentionStack.Topic ? await ByTopicAsync(dated, plan, ct) : await ByKindAsync(dated, plan, ct);
        return new AttentionChart(plan.By, plan.Periods, series, undated, plan.Note);
    }

    // One series per speaker, actor or topic named, in the order typed; names that find nobody are said, not charted.
    public async Task<Comparison> CompareAsync(CompareRequest request, CancellationToken ct)
    {
        var (kind, typed, refused) = CompareRules.Read(request);
        if (refused.Count > 0)
        {
            return Comparison.Refuse(kind, refused);
        }

        var field = CompareRules.Plural(kind);
        var unknown = new List<FieldError>();
        var found = new List<NamedFacet>();
        foreach (var name in typed)
        {
            var facet = kind == QuoteFacetKind.Topic ? await names.TopicAsync(name, ct) : await names.ActorAsync(name, kind == QuoteFacetKind.Speaker, ct);
            if (facet is null)
            {
                unknown.Add(new FieldError(field, $"No {CompareRules.Singular(kind)} called “{name}”."));
            }
            else if (found.Any(f => f.Id == facet.Id))
            {
                unknown.Add(new FieldError(field, $"“{name}” is {facet.Name} again, compared once."));
            }
            else
            {
                found.Add(facet);
            }
        }

        NamedFacet? topic = null;
        if (!string.IsNullOrWhiteSpace(request.Topic))
        {
            topic = await names.TopicAsync(request.Topic, ct);
            if (topic is null)
            {
                unknown.Add(new FieldError("topic", $"No topic called “{request.Topic.Trim()}”."));
            }
        }

        if (found.Count == 0 || (topic is null && !string.IsNullOrWhiteSpace(request.Topic)))
        {
            return new Comparison(kind, [], topic, null, [], unknown);
        }

        var ids = found.Select(f => f.Id).ToList();
        var rows = db.QuoteFacets.AsNoTracking().Where(f => f.Kind == kind && ids.Contains(f.FacetId));
        if (topic is not null)
        {
            rows = rows.Where(f => db.QuoteFacets.Any(t => t.QuoteId == f.QuoteId && t.Kind == QuoteFacetKind.Topic && t.FacetId == topic.Id));
        }

        var topicId = topic?.Id ?? MonthlyCount.AllTopics;
        var undated = await StoredMonths.UndatedAsync(db, kind, ids, topicId, ct);
        var subjects = found.Select(f => new ComparedSubject(f.Id, f.Slug, f.Name, undated.GetValueOrDefault(f.Id))).ToList();

        var dated = InRange(rows, request.FromUtc, request.ToUtc);
        var plan = await PlanAsync(dated, request.FromUtc, request.ToUtc, request.By, ct);
        if (plan.Periods.Count == 0)
        {
            return new Comparison(kind, subjects, topic, AttentionChart.Empty(plan.By, undated.Values.Sum()), [], unknown);
        }

        var counts = StoredMonths.CanAnswer(plan, request.FromUtc, request.ToUtc)
            ? StoredMonths.Fold<int>(await StoredMonths.ReadAsync(db, kind, ids, topicId, plan, ct), plan, m => [(m.FacetId, m.Direct + m.Reported)])
            : await CountAsync(InRange(dated, plan.StartUtc, plan.EndUtc).Select(f => new Dated<int> { Key = f.FacetId, ReportedUtc = f.ReportedUtc }), plan, ct);
        var series = found.Select(f => new AttentionSeries(f.Name, Line(counts, f.Id, plan))).ToList();
        return new Comparison(kind, subjects, topic, new AttentionChart(plan.By, plan.Periods, series, undated.Values.Sum(), plan.Note), [], unknown);
    }

    private async Task<List<AttentionSeries>> ByKindAsync(IQueryable<QuoteFacet> dated, AxisPlan plan, CancellationToken ct) =>
        KindSeries(
            await CountAsync(
                dated.Join(db.Quotes, f => f.QuoteId, q => q.Id, (f, q) => new Dated<QuoteKind> { Key = q.Kind, ReportedUtc = f.ReportedUtc }), plan, ct),
            plan);

    private static List<AttentionSeries> KindSeries(Dictionary<(QuoteKind Key, int Period), int> counts, AxisPlan plan) =>
    [
        new AttentionSeries(AttentionSeries.Direct, Line(counts, QuoteKind.Direct, plan)),
        new AttentionSeries(AttentionSeries.Reported, Line(counts, QuoteKind.Indirect, plan)),
    ];

    private async Task<List<AttentionSeries>> ByTopicAsync(IQueryable<QuoteFacet> dated, AxisPlan plan, CancellationToken ct)
    {
        var tagged = await CountAsync(
            dated.Join(
                db.QuoteFacets.Where(t => t.Kind == QuoteFacetKind.Topic),
                f => f.QuoteId,
                t => t.QuoteId,
                (f, t) => new Dated<int> { Key = t.FacetId, ReportedUtc = f.ReportedUtc }),
            plan,
            ct);
        var untagged = await CountAsync(
            dated.Where(f => !db.QuoteFacets.Any(t => t.QuoteId == f.QuoteId && t.Kind == QuoteFacetKind.Topic))
                .Select(f => new Dated<int> { Key = UntaggedKey, ReportedUtc = f.ReportedUtc }),
            plan,
            ct);
        return await TopicSeriesAsync(tagged, untagged, plan, ct);
    }

    // A quote tagged with two topics counts in both; quotes with none make a series of their own, last.
    private async Task<List<AttentionSeries>> TopicSeriesAsync(
        Dictionary<(int Key, int Period), int> tagged, Dictionary<(int Key, int Period), int> untagged, AxisPlan plan, CancellationToken ct)
    {
        var topicIds = tagged.Keys.Select(k => k.Key).Distinct().ToList();
        var topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var series = topics
            .Select(t => new AttentionSeries(t.Name, Line(tagged, t.Id, plan)))
            .OrderByDescending(s => s.Total)
            .ThenBy(s => s.Label, StringComparer.Ordinal)
            .ToList();
        var none = new AttentionSeries(AttentionSeries.NoTopic, Line(untagged, UntaggedKey, plan));
        if (none.Total > 0)
        {
            series.Add(none);
        }

        return series;
    }

    // Counts per key and period, grouped in the database: by month directly, by day for weeks (SQLite has no week
    // start to group on; at most MaxWeeks × 7 days come back per key, folded into their weeks here).
    private static async Task<Dictionary<(TKey Key, int Period), int>> CountAsync<TKey>(IQueryable<Dated<TKey>> rows, AxisPlan plan, CancellationToken ct)
        where TKey : notnull
    {
        var groups = plan.By == AttentionPeriod.Month
            ? await rows.GroupBy(r => new { r.Key, r.ReportedUtc.Year, r.ReportedUtc.Month })
                .Select(g => new { g.Key.Key, g.Key.Year, g.Key.Month, Day = 1, Count = g.Count() })
                .ToListAsync(ct)
            : await rows.GroupBy(r => new { r.Key, r.ReportedUtc.Year, r.ReportedUtc.Month, r.ReportedUtc.Day })
                .Select(g => new { g.Key.Key, g.Key.Year, g.Key.Month, g.Key.Day, Count = g.Count() })
                .ToListAsync(ct);

        var counts = new Dictionary<(TKey, int), int>();
        foreach (var group in groups)
        {
            var period = plan.IndexOf(new DateOnly(group.Year, group.Month, group.Day));
            if (period >= 0)
            {
                counts[(group.Key, period)] = counts.GetValueOrDefault((group.Key, period)) + group.Count;
            }
        }

        return counts;
    }

    private static int[] Line<TKey>(Dictionary<(TKey Key, int Period), int> counts, TKey key, AxisPlan plan)
        where TKey : notnull =>
        Enumerable.Range(0, plan.Periods.Count).Select(i => counts.GetValueOrDefault((key, i))).ToArray();

    // The axis: the dates asked for, or the first and last dated quote in them (two seeks of the same index range).
    private static async Task<AxisPlan> PlanAsync(IQueryable<QuoteFacet> dated, DateTime? fromUtc, DateTime? toUtc, AttentionPeriod? by, CancellationToken ct)
    {
        var first = await dated.MinAsync(f => (DateTime?)f.ReportedUtc, ct);
        var last = await dated.MaxAsync(f => (DateTime?)f.ReportedUtc, ct);
        return PeriodAxis.Plan(Day(fromUtc), toUtc is { } to ? Day(to.AddTicks(-1)) : null, Day(first), Day(last), by);
    }

    private static DateOnly? Day(DateTime? utc) => utc is { } value ? DateOnly.FromDateTime(value) : null;

    private static IQueryable<QuoteFacet> InRange(IQueryable<QuoteFacet> rows, DateTime? fromUtc, DateTime? toUtc)
    {
        var from = ReportedDate.RangeStart(fromUtc);
        rows = rows.Where(f => f.ReportedUtc >= from);
        return toUtc is { } to ? rows.Where(f => f.ReportedUtc < to) : rows;
    }

    // A counted row: what it is counted under, and when it was reported. A class EF can project into and group by.
    private sealed class Dated<TKey>
    {
        public required TKey Key { get; init; }

        public DateTime ReportedUtc { get; init; }
    }
}
