using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;
using NewsTracker.Data.Postgres;
using NewsTracker.Testing;

namespace NewsTracker.Web.Tests.Infrastructure;

// The real app on a PostgreSQL database of its own (copied from the test run's migrated template, dropped on
// dispose), with the provider's dialect and stores in place of SQLite's.
public sealed class PostgresNewsTrackerFactory : NewsTrackerFactory
{
    // Made on first use, off xunit's synchronisation context (the host is built synchronously).
    private readonly Lazy<string> _connectionString = new(() => Task.Run(PostgresTestServer.CreateDatabaseAsync).GetAwaiter().GetResult());

    protected override void UseDatabase(IServiceCollection services)
    {
        services.AddDbContext<NewsDbContext>(options => options.UseNewsTrackerPostgres(_connectionString.Value));
        services.Replace(ServiceDescriptor.Singleton<IDatabaseDialect, PostgresDialect>());
        services.Replace(ServiceDescriptor.Singleton<IArchiveStore, PostgresArchiveStore>());
        services.Replace(ServiceDescriptor.Singleton<ICurationStore, PostgresCurationStore>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString.IsValueCreated)
        {
            await PostgresTestServer.DropDatabaseAsync(_connectionString.Value);
        }
    }
}
