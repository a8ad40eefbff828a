using System.Linq.Expressions;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Search;

// Everything that is SQL of one engine lives behind this seam: connection pragmas and full-text search.
// SQLite implements it today; a PostgreSQL implementation (tsvector) plugs in here.
public interface IDatabaseDialect
{
    // Runs before the migrations: what the engine's migrator expects to find (PostgreSQL: its history table).
    Task BeforeMigrationsAsync(NewsDbContext db, CancellationToken ct) => Task.CompletedTask;

    Task PrepareAsync(NewsDbContext db, CancellationToken ct);

    // Refreshes the planner's statistics after the archive grew (an import, start-up), so queries that join
    // the filter index to itself start from the selective side.
    Task OptimizeAsync(NewsDbContext db, CancellationToken ct);

    // After an import that added articlesAdded, once the writing is over: what the engine tidies (SQLite: the
    // write-ahead log the import let grow is copied into the file and emptied, so no reader starts on a large log;
    // PostgreSQL: a bulk import's new rows are marked visible for index-only reads).
    Task AfterImportAsync(NewsDbContext db, int articlesAdded, CancellationToken ct) => Task.CompletedTask;

    // Ids of quotes matching the search, as a query the caller composes further.
    IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchQuery query);

    // A broad search (a common word) as a test of one quote id, made on each row of a walk in date order, so the
    // first page comes without gathering every match first. By default the set of the words' matches is probed,
    // with "id + 0" so SQLite keeps to the date order instead of starting from the matches, and a topic the words
    // name is one probe of the filter index: cheaper than gathering its tens of thousands of tagged quotes.
    Expression<Func<int, bool>> BroadMatch(NewsDbContext db, SearchQuery query)
    {
        if (query.TaggedTopics is { Count: > 0 } topics)
        {
            var words = MatchingQuoteIds(db, query.WordsOnly());
            return id => words.Contains(id + 0)
                || db.QuoteFacets.Any(f => f.QuoteId == id && f.Kind == QuoteFacetKind.Topic && topics.Contains(f.FacetId));
        }

        var ids = MatchingQuoteIds(db, query);
        return id => ids.Contains(id + 0);
    }

    // The engine's relevance of each of quoteIds the search's words match (lower is more relevant); quotes it does
    // not rank are missing from the answer.
    Task<IReadOnlyDictionary<int, double>> RanksAsync(NewsDbContext db, SearchQuery query, IReadOnlyCollection<int> quoteIds, CancellationToken ct);

    // The first statement of a transaction that changes quotes, their links or their counts: waits for the
    // archive's write lock and holds it until the transaction ends, so such changes take turns across instances
    // and jobs. A change that counts its quotes before and after (MonthlyCounts.FollowAsync) would otherwise also
    // count a concurrent change to the same quotes. SQLite needs none: its write transactions begin one at a time.
    Task LockArchiveAsync(NewsDbContext db, CancellationToken ct) => Task.CompletedTask;

    // True when the exception (or one it wraps) says another writer held the database past the busy timeout:
    // the change was not made and can simply be tried again. Web answers 503 without knowing the engine's types.
    bool IsBusy(Exception exception) => false;
}

public sealed record QuoteRank(int QuoteId, double Rank);
