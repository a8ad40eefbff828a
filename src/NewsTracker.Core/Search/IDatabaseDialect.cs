using NewsTracker.Core.Data;

namespace NewsTracker.Core.Search;

// Everything that is SQL of one engine lives behind this seam: connection pragmas and full-text search.
// SQLite implements it today; a PostgreSQL implementation (tsvector) plugs in here.
public interface IDatabaseDialect
{
    Task PrepareAsync(NewsDbContext db, CancellationToken ct);

    // Refreshes the planner's statistics after the archive grew (an import, start-up), so queries that join
    // the filter index to itself start from the selective side.
    Task OptimizeAsync(NewsDbContext db, CancellationToken ct);

    // Ids of quotes whose indexed text matches every term, as a query the caller composes further.
    IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchTerms terms);

    // True when the exception (or one it wraps) says another writer held the database past the busy timeout:
    // the change was not made and can simply be tried again. Web answers 503 without knowing the engine's types.
    bool IsBusy(Exception exception) => false;
}
