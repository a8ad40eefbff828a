using NewsTracker.Core.Data;

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

    // Ids of quotes matching the search, as a query the caller composes further.
    IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchQuery query);

    // The engine's relevance of each of quoteIds the search's words match (lower is more relevant); quotes it does
    // not rank are missing from the answer.
    Task<IReadOnlyDictionary<int, double>> RanksAsync(NewsDbContext db, SearchQuery query, IReadOnlyCollection<int> quoteIds, CancellationToken ct);

    // True when the exception (or one it wraps) says another writer held the database past the busy timeout:
    // the change was not made and can simply be tried again. Web answers 503 without knowing the engine's types.
    bool IsBusy(Exception exception) => false;
}

public sealed record QuoteRank(int QuoteId, double Rank);
