using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Testing.Engines;

namespace NewsTracker.Core.Tests.Infrastructure;

// xunit makes a class instance per test, so every test gets its own migrated and seeded database, of the engine
// its test case runs on: every test of a database test class runs on SQLite and on PostgreSQL.
public abstract class DatabaseTest : IAsyncLifetime, IRunsOnEveryEngine
{
    private TestDatabase? _database;

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("The database is not ready yet.");

    protected TestEngine Engine => TestEngines.Current;

    public virtual async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestEngines.Current, ConfigureServices);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    // Adjusts the production registrations (options, say) for every test of a class.
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    // Runs one unit of work in its own scope, as one web request or one imported file does.
    protected async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = Database.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
