using NewsTracker.Core.Data;

namespace NewsTracker.Core.Archive;

// The bulk write of one linked batch: the engine's fast path (prepared statements on SQLite), inside the
// transaction the caller opened on db. Fills in the ids of every row it inserts.
public interface IArchiveStore
{
    Task WriteAsync(NewsDbContext db, ArchiveBatch batch, CancellationToken ct);
}
