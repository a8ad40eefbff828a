using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using NewsTracker.Core.Data;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Data;

// The page cache each host's connections get: small per connection for the web app, large for the command line's
// long imports, and Database:CacheSizeMb when set.
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
