using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Data;
using NewsTracker.Data.Sqlite;
using NewsTracker.Testing.Engines;

namespace NewsTracker.Core.Tests.Infrastructure;

// A real SQLite database on a kept-open in-memory connection. The database lives as long as the connection,
// so one per test.
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly SqliteConnection _connection;

    private SqliteTestDatabase(Action<IServiceCollection>? configure)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        var services = BaseServices();
        services.AddNewsTrackerSqlite(options => options.UseNewsTrackerSqlite(_connection));
        configure?.Invoke(services);
        Services = Build(services);
    }

    public override TestEngine Engine => TestEngine.Sqlite;

    public override ServiceProvider Services { get; }

    public static async Task<SqliteTestDatabase> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var database = new SqliteTestDatabase(configure);
        await database.InitializeAsync();
        return database;
    }

    // Nothing applied yet: for tests of the migrations and the initializer themselves.
    public static SqliteTestDatabase CreateEmpty() => new(configure: null);

    public override NewsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite(_connection).Options);

    public override async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
