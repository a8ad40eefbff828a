using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsTracker.Core.Archive;

namespace NewsTracker.Core.Data;

// SQLite's fast path for a batch: one prepared statement per table, re-bound per row, inside the caller's
// transaction. The full-text index follows the quotes through their insert trigger.
public sealed class SqliteArchiveStore : IArchiveStore
{
    public Task WriteAsync(NewsDbContext db, ArchiveBatch batch, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)(db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The archive store writes inside the caller's transaction."));
        new SqliteBatchWriter(connection, transaction).Write(batch, ct);
        return Task.CompletedTask;
    }
}
