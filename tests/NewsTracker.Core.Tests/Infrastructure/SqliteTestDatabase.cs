using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsTracker.Core.Data;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Infrastructure;

// A real SQLite database on a kept-open in-memory connection, with the production service
// registrations pointed at it. The database lives as long as the connection, so one per test.
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection;

    private SqliteTestDatabase(Action<IServiceCollection>? configure)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Clock = new FakeTimeProvider(StartTime);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddNewsTrackerSqlite(options => options.UseNewsTrackerSqlite(_connection));
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; }

    public ServiceProvider Services { get; }

    // Migrated and seeded with the reference actors and topics, as the app starts. Configure adjusts the
    // registrations (options, say) before the provider is built.
    public static async Task<SqliteTestDatabase> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var database = new SqliteTestDatabase(configure);
        await database.InitializeAsync();
        return database;
    }

    // Nothing applied yet: for tests of the migrations and the initializer themselves.
    public static SqliteTestDatabase CreateEmpty() => new(configure: null);

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    public NewsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite(_connection).Options);

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
