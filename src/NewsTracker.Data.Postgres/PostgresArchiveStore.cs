using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;
using Npgsql;

namespace NewsTracker.Data.Postgres;

// PostgreSQL's fast path for a batch: each table's rows in one round trip, inside the caller's transaction, so a
// failed or killed import leaves nothing of the batch. The full-text vector is a generated column and follows the
// quote text by itself; unique indexes refuse duplicates as they do on SQLite.
public sealed class PostgresArchiveStore : IArchiveStore
{
    public Task WriteAsync(NewsDbContext db, ArchiveBatch batch, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)(db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The archive store writes inside the caller's transaction."));
        return new PostgresBatchWriter(connection, transaction).WriteAsync(batch, ct);
    }
}
