using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;

namespace NewsTracker.Data.Sqlite;

public sealed class SqliteDialect : IDatabaseDialect
{
    // Above every other code point, so [word, word + this) is every term that begins with word.
    private const string AfterEveryTerm = "\U0010FFFF";

    public async Task PrepareAsync(NewsDbContext db, CancellationToken ct)
    {
        // WAL lets analysts read while an import writes; it is a property of the file, so setting it once sticks.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", ct);
    }

    // A sampled ANALYZE (a thousand rows an index): a fraction of a second on a 2 GB archive. Without statistics
    // SQLite drives a join of QuoteFacets to itself from the larger side (all topic rows, not one speaker's).
    public async Task OptimizeAsync(NewsDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000;", ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
    }

    // A checkpoint that also truncates the log; if a reader keeps part of it in use past the busy timeout, the rest
    // is copied and the log is left for a later checkpoint (nothing is lost either way).
    public async Task AfterImportAsync(NewsDbContext db, int articlesAdded, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);

    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with any extended code (the low byte is the primary one).
    public bool IsBusy(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) is 5 or 6)
            {
                return true;
            }
        }

        return false;
    }

    // Every required group (any of its terms), none of the excluded terms. A word matches as a quoted FTS5 prefix
    // term, so operators typed by the user are inert text; porter stems that term, though, and "deploy" becomes
    // "deploi" while "deployment" is indexed as "deploy", so the word is also looked up as a prefix of the
    // indexed stems: as typed, and by its root. A phrase is an FTS5 phrase of quoted words. Only parameters
    // carry the user's words.
    public IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchQuery query)
    {
        var sql = new StringBuilder();
        var parameters = new List<SqliteParameter>();
        foreach (var (group, g) in query.Required.Select((group, g) => (group, g)))
        {
            sql.Append(g == 0 ? string.Empty : " INTERSECT ")
                .Append("SELECT \"Value\" FROM (")
                .AppendJoin(" UNION ", group.Select((term, t) => TermSql(term, $"g{g}t{t}", parameters)))
                .Append(')');
        }

        foreach (var (term, e) in query.Excluded.Select((term, e) => (term, e)))
        {
            sql.Append(" EXCEPT SELECT \"Value\" FROM (").Append(TermSql(term with { Topics = null }, $"x{e}", parameters)).Append(')');
        }

        return db.Database.SqlQueryRaw<int>(sql.ToString(), [.. parameters]);
    }

    // bm25 of each quote matching any required term as FTS5 reads it (lower is better): the order of a search
    // sorted by relevance. Quotes that match only through a stem range or a topic's tag are not ranked here.
    public async Task<IReadOnlyDictionary<int, double>> RanksAsync(NewsDbContext db, SearchQuery query, IReadOnlyCollection<int> quoteIds, CancellationToken ct)
    {
        var match = string.Join(" OR ", query.Highlighted.Select(t => t.IsPhrase ? Quoted(t.Text) : string.Join(" AND ", t.Words.Select(w => Quoted(w) + "*"))));
        if (match.Length == 0 || quoteIds.Count == 0)
        {
            return new Dictionary<int, double>();
        }

        var ranks = await db.Database.SqlQueryRaw<QuoteRank>(
            """SELECT rowid AS "QuoteId", bm25("QuoteSearch") AS "Rank" FROM "QuoteSearch" WHERE "QuoteSearch" MATCH @match""",
            new SqliteParameter("@match", match)).ToListAsync(ct);
        var wanted = quoteIds as IReadOnlySet<int> ?? quoteIds.ToHashSet();
        return ranks.Where(r => wanted.Contains(r.QuoteId)).ToDictionary(r => r.QuoteId, r => r.Rank);
    }

    private static string TermSql(SearchTerm term, string name, List<SqliteParameter> parameters)
    {
        var parts = new List<string>();
        if (term.IsPhrase)
        {
            parameters.Add(new SqliteParameter($"@{name}", Quoted(term.Text)));
            parts.Add($"""SELECT rowid AS "Value" FROM "QuoteSearch" WHERE "QuoteSearch" MATCH @{name}""");
        }
        else
        {
            // A scattered term (plain words naming a topic) needs every word; a single word is the usual case.
            parts.Add(string.Join(" INTERSECT ", term.Words.Select((word, w) =>
                $"SELECT \"Value\" FROM ({WordSql(word, $"{name}w{w}", parameters)})")));
        }

        foreach (var (topic, k) in (term.Topics ?? []).Select((topic, k) => (topic, k)))
        {
            parameters.Add(new SqliteParameter($"@{name}topic{k}", topic));
            parts.Add($"""SELECT "QuoteId" AS "Value" FROM "QuoteFacets" WHERE "Kind" = 3 AND "FacetId" = @{name}topic{k}""");
        }

        return string.Join(" UNION ", parts);
    }

    // One SELECT per prefix: fts5vocab answers a single range from its index, but an OR of ranges came back incomplete.
    private static string WordSql(string word, string name, List<SqliteParameter> parameters)
    {
        var prefixes = SearchText.IndexedPrefixes(SearchText.Fold(word));
        parameters.Add(new SqliteParameter($"@{name}", Quoted(word) + "*"));
        var sql = new StringBuilder($"""SELECT rowid AS "Value" FROM "QuoteSearch" WHERE "QuoteSearch" MATCH @{name}""");
        foreach (var (prefix, k) in prefixes.Select((p, k) => (p, k)))
        {
            parameters.Add(new SqliteParameter($"@{name}f{k}", prefix));
            parameters.Add(new SqliteParameter($"@{name}t{k}", prefix + AfterEveryTerm));
            sql.Append(CultureInfo.InvariantCulture, $"""
                 UNION SELECT "doc" FROM "QuoteSearchTerms" WHERE "term" >= @{name}f{k} AND "term" < @{name}t{k}
                """);
        }

        return sql.ToString();
    }

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
