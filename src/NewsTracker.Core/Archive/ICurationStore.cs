using NewsTracker.Core.Data;

namespace NewsTracker.Core.Archive;

// The set-based moves editors' curation needs, inside the transaction the caller opened on db: whole
// columns of links move at once, and the filter index (QuoteFacets) and stored counts follow in the same step.
public interface ICurationStore
{
    // Everything that points at the actor `fromId` points at `intoId` instead: quotes it said, quotes naming
    // it, its statements, the people affiliated with it, its roles. The speaker and actor rows of every quote
    // touched are rebuilt (a quote that involved both keeps one row), and the survivor's counts recounted.
    // The actor row itself, its aliases and slugs are left to the caller.
    Task MoveActorAsync(NewsDbContext db, int fromId, int intoId, CancellationToken ct);

    // The actor is about to go: people affiliated with it lose the affiliation, and their quotes' actor rows
    // in the filter index no longer list it.
    Task DetachActorAsync(NewsDbContext db, int actorId, CancellationToken ct);

    // The actor's affiliation changed: the actor rows of the quotes it said follow.
    Task ReindexQuotesSpokenByAsync(NewsDbContext db, int actorId, CancellationToken ct);
}
