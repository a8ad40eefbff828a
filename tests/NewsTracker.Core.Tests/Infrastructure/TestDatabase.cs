using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsTracker.Core.Data;
using NewsTracker.Testing.Engines;

namespace NewsTracker.Core.Tests.Infrastructure;

// A real, migrated database of one engine with the production service registrations pointed at it: what every
// database test runs against, once on SQLite and once on PostgreSQL (see EveryEngineTestFramework).
public abstract class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = NewsTracker.Testing.PostgresTestServer.SeededAt;

    public abstract TestEngine Engine { get; }

    public FakeTimeProvider Clock { get; } = new(StartTime);

    public abstract ServiceProvider Services { get; }

    // Migrated and seeded with the reference actors and topics, as the app starts, on the engine the running
    // test case was made for. Configure adjusts the registrations before the provider is built.
    public static async Task<TestDatabase> CreateAsync(TestEngine engine, Action<IServiceCollection>? configure = null) => engine switch
    {
        TestEngine.Postgres => await PostgresTestDatabase.CreateAsync(configure),
        _ => await SqliteTestDatabase.CreateAsync(configure),
    };

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    // A context of its own (not from the container), for arranging rows and reading them back.
    public abstract NewsDbContext CreateContext();

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public abstract ValueTask DisposeAsync();

    // The production registrations every engine shares: logging and the test's clock.
    protected ServiceCollection BaseServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        return services;
    }

    protected static ServiceProvider Build(ServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
}
