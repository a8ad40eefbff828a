using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace NewsTracker.Core.Data;

// Settings SQLite keeps per connection, not in the file, so they are applied each time a pooled connection
// opens: NORMAL sync is safe under WAL (a power cut may lose the last commit, never corrupt), an 8 MB page
// cache per connection (a busy web app holds a dozen or more) keeps hot index pages in memory, and a writer waits
// for another instead of failing at once: busy_timeout inside SQLite, and Microsoft.Data.Sqlite's own retry of a
// busy statement (the command timeout, 30 s unless set). The web app bounds both by Database:BusyTimeoutMs, so an
// editor waits that long at most and then is told to try again, instead of hanging for half a minute.
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string BusyTimeoutKey = "Database:BusyTimeoutMs";
    public const int DefaultBusyTimeoutMs = 5000;

    // The command line's: SQLite waits 5 s, and a busy statement is retried for the default 30 s (a long import
    // would rather wait for the web app's write than fail).
    public static readonly SqliteConnectionSettings Instance = new(DefaultBusyTimeoutMs, retrySeconds: null);

    private readonly string _pragmas;
    private readonly int? _retrySeconds;

    private SqliteConnectionSettings(int busyTimeoutMs, int? retrySeconds)
    {
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA synchronous=NORMAL; PRAGMA cache_size=-8192; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout={busyTimeoutMs};");
        _retrySeconds = retrySeconds;
    }

    // The web app's: Database:BusyTimeoutMs (5 s unless set) for SQLite's wait and, rounded up to whole seconds,
    // for the retry.
    public static SqliteConnectionSettings From(IConfiguration configuration)
    {
        var busyTimeoutMs = Math.Max(0, configuration.GetValue(BusyTimeoutKey, DefaultBusyTimeoutMs));
        return new SqliteConnectionSettings(busyTimeoutMs, Math.Max(1, (busyTimeoutMs + 999) / 1000));
    }

    // Commands take the connection's default timeout when they are made, and EF makes some before it opens.
    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        Apply(result);
        return result;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        Apply(connection);
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Apply(DbConnection connection)
    {
        if (_retrySeconds is { } seconds && connection is SqliteConnection sqlite)
        {
            sqlite.DefaultTimeout = seconds;
        }
    }
}
