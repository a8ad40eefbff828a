using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsTracker.Core.Data;

// Settings SQLite keeps per connection, not in the file, so they are applied each time a pooled connection
// opens: NORMAL sync is safe under WAL (a power cut may lose the last commit, never corrupt), an 8 MB page
// cache per connection (a busy web app holds a dozen or more) keeps hot index pages in memory, and a writer waits for another instead of failing at once.
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-8192; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
