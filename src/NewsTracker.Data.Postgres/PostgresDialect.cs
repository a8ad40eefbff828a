using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;
using Npgsql;
using NpgsqlTypes;

namespace NewsTracker.Data.Postgres;

// Search over the stored tsvector column "Quotes"."SearchVector" (quote text and speaker as written, through the
// "newstracker_search" configuration: unaccent, then the English stemmer; see the SearchIndex migration).
public sealed class PostgresDialect : IDatabaseDialect
{
    // The text search configuration the index was built with; queries must stem and fold the same way.
    internal const string Configuration = "newstracker_search";


    // EF's PostgreSQL migrator reads its history table before it creates it, and that failed read is logged as an
    // error on every first start (npgsql/efcore.pg#3407). Creating the table first, with EF's own idempotent script,
    // leaves nothing to log, while a real migration failure still is.
    public async Task BeforeMigrationsAsync(NewsDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another instance starting at the same moment created it first (CREATE TABLE IF NOT EXISTS can race).
        }
    }

    public Task PrepareAsync(NewsDbContext db, CancellationToken ct) => Task.CompletedTask;

    // The archive's tables only: a bare ANALYZE also samples every system catalogue.
    public async Task OptimizeAsync(NewsDbContext db, CancellationToken ct) =>
        await WithoutCommandTimeoutAsync(db, () => db.Database.ExecuteSqlRawAsync(
            """ANALYZE "Articles", "Quotes", "QuoteFacets", "QuoteActors", "QuoteTopics", "Actors", "Statements", "StatementShingles", "Topics";""", ct));

    // A bulk import's rows are not yet marked all-visible, so the index-only walks of the newest rows (the filter
    // index, the statement index) visit the table for each of them until autovacuum, which a growing archive triggers
    // only at a fifth new rows. VACUUM (not FULL, no lock on readers or writers) marks them; the import's transactions
    // are all committed here, and VACUUM cannot run inside one. About a second even with nothing to do on a
    // 100,000-article archive, so an upload of a few articles leaves its few pages to autovacuum.
    public const int VacuumAfterArticles = 1_000;

    public async Task AfterImportAsync(NewsDbContext db, int articlesAdded, CancellationToken ct)
    {
        if (articlesAdded >= VacuumAfterArticles)
        {
            await WithoutCommandTimeoutAsync(db, () => db.Database.ExecuteSqlRawAsync(
                """VACUUM "Quotes", "QuoteFacets", "QuoteActors", "QuoteTopics", "Statements", "StatementShingles", "Articles", "MonthlyCounts";""", ct));
        }
    }

    // Maintenance after a bulk import takes as long as the import's new pages: on a 1,000,000-article archive VACUUM ran
    // past the 30-second command timeout and failed the import after every article was stored. It blocks neither
    // readers nor writers, and the caller's token still cancels it.
    private static async Task WithoutCommandTimeoutAsync(NewsDbContext db, Func<Task<int>> command)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0);
        try
        {
            await command();
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    // A transaction-level advisory lock, released by commit or rollback, so a crashed instance never leaves it
    // behind; one key for the whole archive ("NT" and a version: 0x4E540001).
    public async Task LockArchiveAsync(NewsDbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(1314127873)", ct);

    // Another transaction won (serialization failure, deadlock) or a lock was not granted within lock_timeout:
    // nothing was changed, and the same change can simply be tried again.
    public bool IsBusy(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable })
            {
                return true;
            }
        }

        return false;
    }

    // Every required group (any of its terms), none of the excluded terms, as SQLite answers it: a word matches
    // itself and longer words (as a stemmed prefix, and by its root's prefixes), a phrase its words in order.
    // The parser lets only letters and digits through, and they still travel as parameters.
    public IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchQuery query)
    {
        var sql = new StringBuilder();
        var parameters = new List<NpgsqlParameter>();
        foreach (var (group, g) in query.Required.Select((group, g) => (group, g)))
        {
            sql.Append(g == 0 ? string.Empty : " INTERSECT ")
                .Append("SELECT \"Value\" FROM (")
                .AppendJoin(" UNION ", group.Select((term, t) => TermSql(term, $"g{g}t{t}", parameters)))
                .Append($") AS g{g}");
        }

        foreach (var (term, e) in query.Excluded.Select((term, e) => (term, e)))
        {
            sql.Append(" EXCEPT SELECT \"Value\" FROM (").Append(TermSql(term with { Topics = null }, $"x{e}", parameters)).Append($") AS x{e}");
        }

        return db.Database.SqlQueryRaw<int>(sql.ToString(), [.. parameters]);
    }

    // A broad search tested on each quote the walk in date order passes (its own vector, its topic tags), so the
    // first page needs no gathering of a common word's every match (tens of thousands, each a heap fetch) first.
    // The topic probe is a range of one id: an equality inside OR would become a hashed set of every tagged quote.
    public Expression<Func<int, bool>> BroadMatch(NewsDbContext db, SearchQuery query)
    {
        var parameters = new List<NpgsqlParameter>();
        var conditions = query.Required
            .Select((group, g) => "(" + string.Join(" OR ", group.Select((term, t) => TermCondition(term, $"g{g}t{t}", parameters))) + ")")
            .Concat(query.Excluded.Select((term, e) => $"""NOT ("SearchVector" @@ ({TsQuery(term, $"x{e}", parameters)}))"""))
            .DefaultIfEmpty("TRUE");
        // The SQL text holds only this class's fragments; the user's words are in parameters.
        var sql = $"""SELECT * FROM "Quotes" WHERE {string.Join(" AND ", conditions)}""";
        var rows = db.Quotes.FromSqlRaw(sql, [.. parameters]);
        // A semi-join the planner can run as one primary-key probe per row walked (the topics are inside, so no
        // OR around it turns it into a hashed set of every match).
        return id => rows.Any(m => m.Id == id);
    }

    // ts_rank_cd of each quote against any of the search's terms, negated so lower is more relevant as the seam wants.
    public async Task<IReadOnlyDictionary<int, double>> RanksAsync(NewsDbContext db, SearchQuery query, IReadOnlyCollection<int> quoteIds, CancellationToken ct)
    {
        var terms = query.Highlighted.ToList();
        if (terms.Count == 0 || quoteIds.Count == 0)
        {
            return new Dictionary<int, double>();
        }

        var parameters = new List<NpgsqlParameter> { new("ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = quoteIds.ToArray() } };
        var tsquery = string.Join(" || ", terms.Select((term, t) => TsQuery(term, $"r{t}", parameters)));
        // The SQL text holds only this class's fragments; the user's words are in parameters.
        var sql = $"""
            SELECT "Id" AS "QuoteId", -ts_rank_cd("SearchVector", search.q)::double precision AS "Rank"
            FROM "Quotes", (SELECT {tsquery} AS q) AS search WHERE "Id" = ANY(@ids) AND "SearchVector" @@ search.q
            """;
        var ranks = await db.Database.SqlQueryRaw<QuoteRank>(sql, [.. parameters]).ToListAsync(ct);
        return ranks.ToDictionary(r => r.QuoteId, r => r.Rank);
    }

    private static string TermSql(SearchTerm term, string name, List<NpgsqlParameter> parameters)
    {
        var parts = new List<string> { $"""SELECT "Id" AS "Value" FROM "Quotes" WHERE "SearchVector" @@ ({TsQuery(term, name, parameters)})""" };
        foreach (var (topic, k) in (term.Topics ?? []).Select((topic, k) => (topic, k)))
        {
            parameters.Add(new NpgsqlParameter($"{name}topic{k}", topic));
            parts.Add($"""SELECT "QuoteId" AS "Value" FROM "QuoteFacets" WHERE "Kind" = 3 AND "FacetId" = @{name}topic{k}""");
        }

        return string.Join(" UNION ", parts);
    }

    private static string TermCondition(SearchTerm term, string name, List<NpgsqlParameter> parameters)
    {
        var parts = new List<string> { $"""("SearchVector" @@ ({TsQuery(term, name, parameters)}))""" };
        foreach (var (topic, k) in (term.Topics ?? []).Select((topic, k) => (topic, k)))
        {
            parameters.Add(new NpgsqlParameter($"{name}topic{k}", topic));
            parts.Add($"""
                EXISTS (SELECT 1 FROM "QuoteFacets" AS f WHERE f."QuoteId" >= "Quotes"."Id" AND f."QuoteId" <= "Quotes"."Id"
                    AND f."Kind" = 3 AND f."FacetId" = @{name}topic{k})
                """);
        }

        return string.Join(" OR ", parts);
    }

    // The term as a tsquery expression: a phrase through phraseto_tsquery (its words in order, stemmed); a
    // word, or a scattered term's every word, as prefix queries.
    private static string TsQuery(SearchTerm term, string name, List<NpgsqlParameter> parameters)
    {
        if (term.IsPhrase)
        {
            // Hyphens are spaces in the indexed text too (migration SearchVectorHyphens), as SQLite's tokenizer splits there.
            parameters.Add(new NpgsqlParameter(name, Unhyphenated(term.Text)));
            return $"phraseto_tsquery('{Configuration}', @{name})";
        }

        return string.Join(" && ", term.Words.Select((word, w) => WordQuery(word, $"{name}w{w}", parameters)));
    }

    // The word as typed, stemmed by the index's configuration and matched as a prefix ("deployment" is
    // 'deploy':*, which finds "deploy", "deployed", "deployments"); and its roots by the extractor's stemmer,
    // matched as prefixes of the indexed stems without stemming them again ('simple'), as SQLite's vocabulary
    // lookup does. Words hold only letters and digits, so the quoted lexemes cannot carry tsquery syntax.
    private static string WordQuery(string word, string name, List<NpgsqlParameter> parameters)
    {
        var folded = SearchText.Fold(word);
        parameters.Add(new NpgsqlParameter(name, Prefix(folded)));
        var sql = $"to_tsquery('{Configuration}', @{name})";
        var roots = SearchText.IndexedPrefixes(folded).Where(p => p != folded).ToList();
        if (roots.Count > 0)
        {
            parameters.Add(new NpgsqlParameter($"{name}r", string.Join(" | ", roots.Select(Prefix))));
            sql = $"({sql} || to_tsquery('simple', @{name}r))";
        }

        return sql;
    }

    private static string Unhyphenated(string text) => text.Replace('-', ' ').Replace('‐', ' ').Replace('‑', ' ');

    private static string Prefix(string lexeme) => "'" + lexeme.Replace("'", "''", StringComparison.Ordinal) + "':*";
}
