using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using NewsTracker.Core.Data;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Data;

// The page cache each host's connections get: small per connection for the web app, large for the command line's
// long imports, and Database:CacheSizeMb when set; and how far the command line lets the write-ahead log grow.
public sealed class ConnectionSettingsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"newstracker-settings-{Guid.NewGuid():N}.db");

    [Theory]
    [InlineData(null, false, -8 * 1024)]
    [InlineData(null, true, -256 * 1024)]
    [InlineData("64", false, -64 * 1024)]
    [InlineData("64", true, -64 * 1024)]
    public async Task A_connection_opens_with_its_hosts_page_cache(string? configured, bool commandLine, long expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(configured is null ? [] : [new(SqliteConnectionSettings.CacheSizeKey, configured)])
            .Build();
        var settings = commandLine ? SqliteConnectionSettings.ForCommandLine(configuration) : SqliteConnectionSettings.From(configuration);
        var options = new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite($"Data Source={_file}").AddInterceptors(settings).Options;

        await using var db = new NewsDbContext(options);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size;";

        Convert.ToInt64(await command.ExecuteScalarAsync()).Should().Be(expected);
    }

    [Theory]
    [InlineData(false, SqliteConnectionSettings.DefaultCheckpointPages)]
    [InlineData(true, SqliteConnectionSettings.CommandLineCheckpointPages)]
    public async Task Only_the_command_line_lets_the_log_grow_before_a_checkpoint(bool commandLine, long expected)
    {
        await using var db = Open(commandLine);

        (await Scalar(db, "PRAGMA wal_autocheckpoint;")).Should().Be(expected);
    }

    [Fact]
    public async Task After_an_import_the_log_is_copied_into_the_file_and_emptied()
    {
        await using var db = Open(commandLine: true);
        var dialect = new SqliteDialect();
        await dialect.PrepareAsync(db, CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE Filler (Text TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO Filler SELECT hex(randomblob(500)) FROM n;");
        var log = new FileInfo(_file + "-wal");
        log.Refresh();
        log.Length.Should().BeGreaterThan(1_000_000, "the command line's connection does not checkpoint after every write");

        await dialect.AfterImportAsync(db, articlesAdded: 1, CancellationToken.None);

        log.Refresh();
        log.Length.Should().Be(0);
        (await Scalar(db, "SELECT count(*) FROM Filler;")).Should().Be(2000);
    }

    private NewsDbContext Open(bool commandLine)
    {
        var configuration = new ConfigurationBuilder().Build();
        var settings = commandLine ? SqliteConnectionSettings.ForCommandLine(configuration) : SqliteConnectionSettings.From(configuration);
        var db = new NewsDbContext(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite($"Data Source={_file}").AddInterceptors(settings).Options);
        db.Database.OpenConnection();
        return db;
    }

    private static async Task<long> Scalar(NewsDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
