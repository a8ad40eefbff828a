using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;

namespace NewsTracker.Data.Sqlite;

// SQLite's fast path for a batch: one prepared statement per table, re-bound per row, inside the caller's
// transaction. The full-text index follows the quotes through their insert trigger.
public sealed class SqliteArchiveStore : IArchiveStore
{
    private const int LargeBatch = 50;
    private const long LargeBatchCacheKiB = 256 * 1024;

    public Task WriteAsync(NewsDbContext db, ArchiveBatch batch, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)(db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The archive store writes inside the caller's transaction."));
        // A large batch touches index pages all over a big archive: a connection with a small cache (the web app's)
        // gets a larger one for the batch's duration, given back after so an idle pooled connection does not hold
        // it. The command line's connection already keeps a large one for the whole import.
        var restore = batch.Articles.Count >= LargeBatch ? RaiseCache(connection, transaction) : null;
        try
        {
            new SqliteBatchWriter(connection, transaction).Write(batch, ct);
        }
        finally
        {
            if (restore is { } cacheSize)
            {
                Pragma(connection, transaction, $"PRAGMA cache_size={cacheSize};");
            }
        }

        return Task.CompletedTask;
    }

    // The cache size to go back to, or null when the connection's own is large enough.
    private static long? RaiseCache(SqliteConnection connection, SqliteTransaction transaction)
    {
        var current = Convert.ToInt64(Pragma(connection, transaction, "PRAGMA cache_size;"), CultureInfo.InvariantCulture);
        var currentKiB = current < 0
            ? -current
            : current * Convert.ToInt64(Pragma(connection, transaction, "PRAGMA page_size;"), CultureInfo.InvariantCulture) / 1024;
        if (currentKiB >= LargeBatchCacheKiB)
        {
            return null;
        }

        Pragma(connection, transaction, $"PRAGMA cache_size={-LargeBatchCacheKiB};");
        return current;
    }

    private static object? Pragma(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
