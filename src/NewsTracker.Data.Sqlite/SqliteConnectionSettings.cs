using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace NewsTracker.Data.Sqlite;

// Settings SQLite keeps per connection, not in the file, so they are applied each time a pooled connection
// opens: NORMAL sync is safe under WAL (a power cut may lose the last commit, never corrupt), a page cache per
// connection that keeps hot index pages in memory, and a writer waits for another instead of failing at once:
// busy_timeout inside SQLite, and Microsoft.Data.Sqlite's own retry of a busy statement (the command timeout, 30 s
// unless set). The web app bounds both by Database:BusyTimeoutMs, so an editor waits that long at most and then is
// told to try again, instead of hanging for half a minute.
//
// The cache differs by host (Database:CacheSizeMb): a busy web app holds a dozen or more connections, so 8 MB
// each; the command line works on one connection at a time, and an import of tens of thousands of articles keeps
// its random-key index pages (statement fingerprints, shingles, the filter index) hot across batches in 256 MB
// instead of reading them back from the file for every batch.
//
// The command line also lets the write-ahead log grow to CommandLineCheckpointPages before SQLite copies it into the
// file (SQLite's default is 1,000 pages). A batch of 1,000 articles dirties about 85,000 pages of random-key indexes
// at 100,000 articles; checkpointing after every batch wrote each page twice and waited for an fsync of both files
// each time, while consecutive batches dirty many of the same pages: copied once per two or three batches, the last
// 10,000 of a 100,000-article import ran 12–20 % faster (docs/performance.md). The web app keeps the default.
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string BusyTimeoutKey = "Database:BusyTimeoutMs";
    public const string CacheSizeKey = "Database:CacheSizeMb";
    public const int DefaultBusyTimeoutMs = 5000;
    public const int WebCacheMb = 8;
    public const int CommandLineCacheMb = 256;
    public const int DefaultCheckpointPages = 1000;
    public const int CommandLineCheckpointPages = 131_072;

    // The command line's: SQLite waits 5 s, and a busy statement is retried for the default 30 s (a long import
    // would rather wait for the web app's write than fail).
    public static readonly SqliteConnectionSettings Instance = new(DefaultBusyTimeoutMs, retrySeconds: null, CommandLineCacheMb, CommandLineCheckpointPages);

    private readonly string _pragmas;
    private readonly int? _retrySeconds;

    private SqliteConnectionSettings(int busyTimeoutMs, int? retrySeconds, int cacheMb, int checkpointPages)
    {
        CacheMb = cacheMb;
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA synchronous=NORMAL; PRAGMA cache_size={-cacheMb * 1024}; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA wal_autocheckpoint={checkpointPages};");
        _retrySeconds = retrySeconds;
    }

    public int CacheMb { get; }

    // The command line's, with Database:CacheSizeMb when set.
    public static SqliteConnectionSettings ForCommandLine(IConfiguration configuration) =>
        new(DefaultBusyTimeoutMs, retrySeconds: null, CacheSize(configuration, CommandLineCacheMb), CommandLineCheckpointPages);

    // The web app's: Database:BusyTimeoutMs (5 s unless set) for SQLite's wait and, rounded up to whole seconds,
    // for the retry; Database:CacheSizeMb (8 unless set) for the page cache.
    public static SqliteConnectionSettings From(IConfiguration configuration)
    {
        var busyTimeoutMs = Math.Max(0, configuration.GetValue(BusyTimeoutKey, DefaultBusyTimeoutMs));
        return new SqliteConnectionSettings(busyTimeoutMs, Math.Max(1, (busyTimeoutMs + 999) / 1000), CacheSize(configuration, WebCacheMb), DefaultCheckpointPages);
    }

    private static int CacheSize(IConfiguration configuration, int fallback) =>
        Math.Clamp(configuration.GetValue(CacheSizeKey, fallback), 1, 16 * 1024);

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
