using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsTracker.Core.Archive;

namespace NewsTracker.Core.Data;

// SQLite's fast path for a batch: one prepared statement per table, re-bound per row, inside the caller's
// transaction. The full-text index follows the quotes through their insert trigger.
public sealed class SqliteArchiveStore : IArchiveStore
{
    private const int LargeBatch = 50;

    public Task WriteAsync(NewsDbContext db, ArchiveBatch batch, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)(db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The archive store writes inside the caller's transaction."));
        // A large batch touches index pages all over a big archive; a larger cache for its duration saves
        // re-reading them, and is given back after so an idle pooled connection does not hold it.
        var large = batch.Articles.Count >= LargeBatch;
        if (large)
        {
            Pragma(connection, transaction, "PRAGMA cache_size=-262144;");
        }

        try
        {
            new SqliteBatchWriter(connection, transaction).Write(batch, ct);
        }
        finally
        {
            if (large)
            {
                Pragma(connection, transaction, "PRAGMA cache_size=-8192;");
            }
        }

        return Task.CompletedTask;
    }

    private static void Pragma(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
