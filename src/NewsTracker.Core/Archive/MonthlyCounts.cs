using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
    // Where the engine takes command batches (PostgreSQL): rows per statement (7 parameters each) and statements
    // per round trip.
    private const int RowsPerStatement = 200;
    private const int StatementsPerTrip = 10;

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
    // An import batch adds tens of thousands of rows. SQLite runs in process: one prepared statement, its seven
    // parameters rebound per row. PostgreSQL takes command batches: statements of 200 rows, ten to a round trip.
    // The same SQL on both engines; every value is a parameter.
    public static async Task AddAsync(NewsDbContext db, MonthlyTally tally, CancellationToken ct)
    {
        var rows = tally.Rows.Where(r => r.Value != default).ToList();
        if (rows.Count > 0)
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await UpsertAsync(db, rows, ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        foreach (var kind in rows.Where(r => r.Value.Direct < 0 || r.Value.Reported < 0 || r.Value.Untagged < 0).GroupBy(r => r.Key.Kind))
        {
            var facetIds = kind.Select(r => r.Key.FacetId).Distinct().ToList();
            await db.MonthlyCounts
                .Where(c => c.Kind == kind.Key && facetIds.Contains(c.FacetId) && c.Direct == 0 && c.Reported == 0 && c.Untagged == 0)
                .ExecuteDeleteAsync(ct);
        }
    }

    // Rows of one statement as numbered parameters (@kind0, @facet0, …); a key appears once per statement, as
    // PostgreSQL's ON CONFLICT DO UPDATE requires.
    private static string UpsertOf(int rows) => $"""
        INSERT INTO "MonthlyCounts" ("Kind", "FacetId", "MonthUtc", "TopicId", "Direct", "Reported", "Untagged")
        VALUES {string.Join(", ", Enumerable.Range(0, rows).Select(r => $"(@kind{r}, @facet{r}, @month{r}, @topic{r}, @direct{r}, @reported{r}, @untagged{r})"))}
        ON CONFLICT ("Kind", "FacetId", "MonthUtc", "TopicId") DO UPDATE SET
            "Direct" = "MonthlyCounts"."Direct" + excluded."Direct",
            "Reported" = "MonthlyCounts"."Reported" + excluded."Reported",
            "Untagged" = "MonthlyCounts"."Untagged" + excluded."Untagged"
        """;

    private static async Task UpsertAsync(
        NewsDbContext db, List<KeyValuePair<(QuoteFacetKind Kind, int FacetId, DateTime MonthUtc, int TopicId), (int Direct, int Reported, int Untagged)>> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection.CanCreateBatch)
        {
            foreach (var trip in rows.Chunk(RowsPerStatement * StatementsPerTrip))
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction;
                foreach (var chunk in trip.Chunk(RowsPerStatement))
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = UpsertOf(chunk.Length);
                    foreach (var (row, r) in chunk.Select((row, r) => (row, r)))
                    {
                        foreach (var (name, value) in Values(row))
                        {
                            var parameter = command.CreateParameter();
                            (parameter.ParameterName, parameter.Value) = (name + r, value);
                            command.Parameters.Add(parameter);
                        }
                    }

                    batch.BatchCommands.Add(command);
                }

                await batch.ExecuteNonQueryAsync(ct);
            }

            return;
        }

        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = UpsertOf(1);
        var parameters = Values(rows[0]).Select(value =>
        {
            var parameter = upsert.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (value.Name + 0, value.Value);
            upsert.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        await upsert.PrepareAsync(ct);
        foreach (var row in rows)
        {
            foreach (var (parameter, (_, value)) in parameters.Zip(Values(row)))
            {
                parameter.Value = value;
            }

            await upsert.ExecuteNonQueryAsync(ct);
        }
    }

    private static (string Name, object Value)[] Values(KeyValuePair<(QuoteFacetKind Kind, int FacetId, DateTime MonthUtc, int TopicId), (int Direct, int Reported, int Untagged)> row) =>
    [
        ("@kind", (int)row.Key.Kind), ("@facet", row.Key.FacetId), ("@month", row.Key.MonthUtc), ("@topic", row.Key.TopicId),
        ("@direct", row.Value.Direct), ("@reported", row.Value.Reported), ("@untagged", row.Value.Untagged),
    ];
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
