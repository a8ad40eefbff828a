using Microsoft.EntityFrameworkCore.Storage;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Search;

public static class ArchiveWriteTransaction
{
    // A transaction that writes quotes, their links or their counts: begun with the archive lock as its first
    // statement (IDatabaseDialect.LockArchiveAsync), so no writer can forget to take it.
    public static async Task<IDbContextTransaction> BeginArchiveWriteAsync(this IDatabaseDialect dialect, NewsDbContext db, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await dialect.LockArchiveAsync(db, ct);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
