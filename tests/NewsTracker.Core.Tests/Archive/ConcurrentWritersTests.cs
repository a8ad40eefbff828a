using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Search;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Testing;
using NewsTracker.Testing.Engines;
using static NewsTracker.Core.Tests.Corrections.CorrectionTests;

namespace NewsTracker.Core.Tests.Archive;

// Writers on several instances (or a job beside a request) change the same quotes at once. Each counts the quotes
// before and after its change (MonthlyCounts.FollowAsync); under the archive lock the second counts "before" only
// once the first has committed, or it would take the first's change off the counts a second time. PostgreSQL
// only: SQLite's writers take turns by themselves, and its test database is one shared connection.
public sealed class ConcurrentWritersTests : IAsyncLifetime
{
    private TestDatabase? _database;

    private TestDatabase Database => _database ?? throw new InvalidOperationException("The database is not ready yet.");

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.SkipReason is null)
        {
            _database = await TestDatabase.CreateAsync(TestEngine.Postgres);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task Two_writers_changing_the_same_quotes_at_once_count_the_change_once()
    {
        await using (var scope = Database.CreateScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<ArticleService>().AddAsync(Article(Body()), default);
            added.Status.Should().Be(AddArticleStatus.Added);
        }

        List<int> spoken;
        await using (var db = Database.CreateContext())
        {
            spoken = await db.QuoteFacets.Where(f => f.Kind == QuoteFacetKind.Speaker).Select(f => f.QuoteId).Distinct().ToListAsync();
        }

        spoken.Should().NotBeEmpty();
        var firstChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstMayCommit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Task.Run(() => UnattributeAsync(spoken, async () =>
        {
            firstChanged.SetResult();
            await firstMayCommit.Task;
        }));
        await firstChanged.Task;
        var second = Task.Run(() => UnattributeAsync(spoken, () => Task.CompletedTask));
        await WaitingOrDoneAsync(second);
        firstMayCommit.SetResult();
        await Task.WhenAll(first, second);

        await using var after = Database.CreateContext();
        (await ArchiveIntegrity.StoredMonthlyCountsAsync(after)).Should().BeEquivalentTo(await ArchiveIntegrity.CountedMonthlyCountsAsync(after));
        (await after.MonthlyCounts.CountAsync(c => c.Direct < 0 || c.Reported < 0 || c.Untagged < 0)).Should().Be(0);
    }

    // One writer in its own scope and transaction, as a request or a job is: takes the speaker rows off the quotes.
    private async Task UnattributeAsync(List<int> quoteIds, Func<Task> beforeCommit)
    {
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await using var transaction = await scope.ServiceProvider.GetRequiredService<IDatabaseDialect>().BeginArchiveWriteAsync(db, default);
        await MonthlyCounts.FollowAsync(
            db,
            quoteIds,
            () => db.QuoteFacets.Where(f => quoteIds.Contains(f.QuoteId) && f.Kind == QuoteFacetKind.Speaker).ExecuteDeleteAsync(),
            default);
        await beforeCommit();
        await transaction.CommitAsync();
    }

    // Until the writer waits for a lock another transaction of this database holds, or has finished.
    private async Task WaitingOrDoneAsync(Task writer)
    {
        await using var db = Database.CreateContext();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!writer.IsCompleted
            && await db.Database.SqlQueryRaw<int>(
                """
                SELECT count(*)::int AS "Value" FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE NOT l.granted AND a.datname = current_database()
                """).SingleAsync(limit.Token) == 0)
        {
            await Task.Delay(20, limit.Token);
        }
    }
}
