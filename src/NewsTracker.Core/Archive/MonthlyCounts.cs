using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Archive;

// Keeps the stored monthly counts (MonthlyCount) in step with the quotes, the one place every writer goes through.
// A quote counts once under each of its filter-index rows (QuoteFacets.Of: speaker, involved actors, topics) in its
// month, and once more under each of those paired with each of its topics. New quotes are added from memory (the
// batch store); a change to stored quotes is followed by counting those quotes as stored before and after it, in
// the caller's transaction, and adding the difference.
public static class MonthlyCounts
{
    // Rows per INSERT: 7 parameters each, well under both engines' limits.
    private const int RowsPerStatement = 500;

    public static DateTime MonthOf(DateTime reportedUtc) =>
        ReportedDate.IsUndated(reportedUtc) ? ReportedDate.Undated : new DateTime(reportedUtc.Year, reportedUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc);

    // Quotes as the batch store wrote them (ids, speakers and topics filled in).
    public static MonthlyTally Of(IEnumerable<Quote> quotes)
    {
        var tally = new MonthlyTally();
        foreach (var quote in quotes)
        {
            tally.Count(quote.Kind, quote.ReportedUtc, [.. QuoteFacets.Of(quote)]);
        }

        return tally;
    }

    // Quotes as stored now, read from the filter index.
    public static async Task<MonthlyTally> StoredAsync(NewsDbContext db, IReadOnlyCollection<int> quoteIds, CancellationToken ct)
    {
        var tally = new MonthlyTally();
        if (quoteIds.Count == 0)
        {
            return tally;
        }

        var ids = quoteIds.ToList();
        var kinds = await db.Quotes.AsNoTracking().Where(q => ids.Contains(q.Id)).Select(q => new { q.Id, q.Kind }).ToDictionaryAsync(q => q.Id, q => q.Kind, ct);
        var rows = await db.QuoteFacets.AsNoTracking()
            .Where(f => ids.Contains(f.QuoteId))
            .Select(f => new { f.QuoteId, f.Kind, f.FacetId, f.ReportedUtc })
            .ToListAsync(ct);
        foreach (var quote in rows.GroupBy(r => r.QuoteId))
        {
            if (kinds.TryGetValue(quote.Key, out var kind))
            {
                tally.Count(kind, quote.First().ReportedUtc, [.. quote.Select(r => (r.Kind, r.FacetId))]);
            }
        }

        return tally;
    }

    // Runs a change to stored quotes (their links, speakers or filter rows) and adds what it did to their counts.
    // QuoteIds: every quote the change may touch, taken before it.
    public static async Task FollowAsync(NewsDbContext db, IReadOnlyCollection<int> quoteIds, Func<Task> change, CancellationToken ct)
    {
        var before = await StoredAsync(db, quoteIds, ct);
        await change();
        var after = await StoredAsync(db, quoteIds, ct);
        after.Subtract(before);
        await AddAsync(db, after, ct);
    }

    // Adds the tally to the stored rows (creating missing ones); rows a subtraction brought to nothing are removed.
    public static async Task AddAsync(NewsDbContext db, MonthlyTally tally, CancellationToken ct)
    {
        var rows = tally.Rows.Where(r => r.Value != default).ToList();
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var chunk = rows.Skip(start).Take(RowsPerStatement).ToList();
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{(i * 7) + 0}}}, {{{(i * 7) + 1}}}, {{{(i * 7) + 2}}}, {{{(i * 7) + 3}}}, {{{(i * 7) + 4}}}, {{{(i * 7) + 5}}}, {{{(i * 7) + 6}}})"));
            var parameters = chunk.SelectMany(r => new object[] { (int)r.Key.Kind, r.Key.FacetId, r.Key.MonthUtc, r.Key.TopicId, r.Value.Direct, r.Value.Reported, r.Value.Untagged });

            // The same statement on SQLite and PostgreSQL; a key appears once per statement, as PostgreSQL requires.
            // Only placeholders are spliced in: every value is a parameter.
            var sql = $"""
                INSERT INTO "MonthlyCounts" ("Kind", "FacetId", "MonthUtc", "TopicId", "Direct", "Reported", "Untagged")
                VALUES {values}
                ON CONFLICT ("Kind", "FacetId", "MonthUtc", "TopicId") DO UPDATE SET
                    "Direct" = "MonthlyCounts"."Direct" + excluded."Direct",
                    "Reported" = "MonthlyCounts"."Reported" + excluded."Reported",
                    "Untagged" = "MonthlyCounts"."Untagged" + excluded."Untagged"
                """;
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }

        foreach (var kind in rows.Where(r => r.Value.Direct < 0 || r.Value.Reported < 0 || r.Value.Untagged < 0).GroupBy(r => r.Key.Kind))
        {
            var facetIds = kind.Select(r => r.Key.FacetId).Distinct().ToList();
            await db.MonthlyCounts
                .Where(c => c.Kind == kind.Key && facetIds.Contains(c.FacetId) && c.Direct == 0 && c.Reported == 0 && c.Untagged == 0)
                .ExecuteDeleteAsync(ct);
        }
    }
}

// Counts to add per (subject, month, topic), built in memory.
public sealed class MonthlyTally
{
    private readonly Dictionary<(QuoteFacetKind Kind, int FacetId, DateTime MonthUtc, int TopicId), (int Direct, int Reported, int Untagged)> _rows = [];

    public IReadOnlyDictionary<(QuoteFacetKind Kind, int FacetId, DateTime MonthUtc, int TopicId), (int Direct, int Reported, int Untagged)> Rows => _rows;

    // One quote, given every facet it has (its topics among them).
    public void Count(QuoteKind kind, DateTime reportedUtc, IReadOnlyCollection<(QuoteFacetKind Kind, int Id)> facets)
    {
        var month = MonthlyCounts.MonthOf(reportedUtc);
        var direct = kind == QuoteKind.Direct ? 1 : 0;
        var reported = 1 - direct;
        var topics = facets.Where(f => f.Kind == QuoteFacetKind.Topic).Select(f => f.Id).ToList();
        foreach (var (facetKind, id) in facets)
        {
            Add((facetKind, id, month, MonthlyCount.AllTopics), (direct, reported, topics.Count == 0 ? 1 : 0));
            foreach (var topic in topics)
            {
                Add((facetKind, id, month, topic), (direct, reported, 0));
            }
        }
    }

    public void Subtract(MonthlyTally other)
    {
        foreach (var (key, (direct, reported, untagged)) in other._rows)
        {
            Add(key, (-direct, -reported, -untagged));
        }
    }

    private void Add((QuoteFacetKind, int, DateTime, int) key, (int Direct, int Reported, int Untagged) count)
    {
        var (direct, reported, untagged) = _rows.GetValueOrDefault(key);
        _rows[key] = (direct + count.Direct, reported + count.Reported, untagged + count.Untagged);
    }
}
