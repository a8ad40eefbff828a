using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Tests.Infrastructure;

// A real SQLite database on a kept-open in-memory connection, with the production service
// registrations pointed at it. The database lives as long as the connection, so one per test.
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection;

    private SqliteTestDatabase()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Clock = new FakeTimeProvider(StartTime);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddNewsTrackerCore(options => options.UseSqlite(_connection));
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; }

    public ServiceProvider Services { get; }

    // Migrated and seeded with the reference actors and topics, as the app starts.
    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = CreateEmpty();
        await database.InitializeAsync();
        return database;
    }

    // Nothing applied yet: for tests of the migrations and the initializer themselves.
    public static SqliteTestDatabase CreateEmpty() => new();

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    public NewsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseSqlite(_connection).Options);

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
