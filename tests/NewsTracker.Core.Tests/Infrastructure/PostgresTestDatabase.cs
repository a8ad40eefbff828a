using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Data;
using NewsTracker.Data.Postgres;
using NewsTracker.Testing;
using NewsTracker.Testing.Engines;

namespace NewsTracker.Core.Tests.Infrastructure;

// A real PostgreSQL database of the test's own, copied from the run's migrated template and dropped on dispose.
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _connectionString;

    private PostgresTestDatabase(string connectionString, Action<IServiceCollection>? configure)
    {
        _connectionString = connectionString;
        var services = BaseServices();
        services.AddNewsTrackerPostgres(options => options.UseNewsTrackerPostgres(connectionString));
        configure?.Invoke(services);
        Services = Build(services);
    }

    public override TestEngine Engine => TestEngine.Postgres;

    public override ServiceProvider Services { get; }

    public string ConnectionString => _connectionString;

    public static async Task<PostgresTestDatabase> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var database = new PostgresTestDatabase(await PostgresTestServer.CreateDatabaseAsync(), configure);
        await database.InitializeAsync();
        return database;
    }

    public override NewsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerPostgres(_connectionString).Options);

    public override async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await PostgresTestServer.DropDatabaseAsync(_connectionString);
    }
}
