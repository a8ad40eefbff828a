using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;
using NewsTracker.Data;
using NewsTracker.Data.Postgres;
using NewsTracker.Testing;

namespace NewsTracker.Web.Tests.Infrastructure;

// The real app on a PostgreSQL database of its own (copied from the test run's migrated template, dropped on
// dispose), with the provider's dialect, stores and key ring in place of SQLite's. SecondInstance is another app
// on the same database, as a second server behind a load balancer.
public sealed class PostgresNewsTrackerFactory : NewsTrackerFactory
{
    // Made on first use, off xunit's synchronisation context (the host is built synchronously).
    private readonly Lazy<string> _connectionString;
    private readonly bool _ownsDatabase;

    public PostgresNewsTrackerFactory()
        : this(new Lazy<string>(() => Task.Run(PostgresTestServer.CreateDatabaseAsync).GetAwaiter().GetResult()), ownsDatabase: true)
    {
    }

    // The app on an empty database of its own, as at a team's first start: its start-up migrates it from nothing.
    public static PostgresNewsTrackerFactory OnEmptyDatabase() =>
        new(new Lazy<string>(() => Task.Run(PostgresTestServer.CreateEmptyDatabaseAsync).GetAwaiter().GetResult()), ownsDatabase: true);

    private PostgresNewsTrackerFactory(Lazy<string> connectionString, bool ownsDatabase)
    {
        _connectionString = connectionString;
        _ownsDatabase = ownsDatabase;
    }

    public string ConnectionString => _connectionString.Value;

    // Another instance of the app on this factory's database (its own keys folder, logs and process state);
    // the database is dropped by this factory only.
    public PostgresNewsTrackerFactory SecondInstance() => new(_connectionString, ownsDatabase: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(DatabaseProviders.ProviderKey, PostgresComposition.ProviderName);
        builder.UseSetting("ConnectionStrings:NewsTracker", _connectionString.Value);
    }

    protected override void UseDatabase(IServiceCollection services)
    {
        services.AddDbContext<NewsDbContext>(options => options.UseNewsTrackerPostgres(_connectionString.Value));
        services.RemoveAll<IDbContextOptionsConfiguration<DataProtectionKeysContext>>();
        services.AddDbContext<DataProtectionKeysContext>(options => options.UseNewsTrackerPostgres(_connectionString.Value));
        services.Replace(ServiceDescriptor.Singleton<IDatabaseDialect, PostgresDialect>());
        services.Replace(ServiceDescriptor.Singleton<IArchiveStore, PostgresArchiveStore>());
        services.Replace(ServiceDescriptor.Singleton<ICurationStore, PostgresCurationStore>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase && _connectionString.IsValueCreated)
        {
            await PostgresTestServer.DropDatabaseAsync(_connectionString.Value);
        }
    }
}
