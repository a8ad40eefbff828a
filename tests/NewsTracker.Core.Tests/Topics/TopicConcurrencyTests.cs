using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Core.Topics;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Topics;

// Two editors save the same topic from the same version: one save wins, the other is told what the winner
// saved, and nobody gets an exception.
public sealed class TopicConcurrencyTests : DatabaseTest
{
    private readonly BeforeSave _beforeSave = new();

    [Fact]
    public async Task A_save_overtaken_after_its_version_check_meets_the_concurrency_token_and_gets_the_conflict()
    {
        var energy = await TopicAsync();
        TopicSaveResult? theirs = null;
        _beforeSave.Once = async () => theirs = await UpdateAsync(energy.Version, new TopicUpdate("energy supply", ["gas", "oil"], [], []));

        var mine = await UpdateAsync(energy.Version, new TopicUpdate("power", ["electricity"]));

        theirs!.Succeeded.Should().BeTrue("their save ran to the end while mine was past its version check");
        mine.Succeeded.Should().BeFalse();
        mine.Conflict.Should().BeEquivalentTo(new TopicConflict("energy supply", ["gas", "oil"], energy.Version + 1, [], []));
        mine.Retag.Should().BeNull();
        var stored = await TopicAsync();
        (stored.Name, stored.Version).Should().Be(("energy supply", energy.Version + 1));
    }

    [Fact]
    public async Task A_rename_that_loses_a_race_to_the_unique_name_is_told_the_name_is_taken()
    {
        var sanctions = await TopicAsync("sanctions");
        _beforeSave.Once = async () =>
        {
            await using var db = Database.CreateContext();
            await db.Topics.Where(t => t.Slug == "diplomacy").ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "trade measures"));
        };

        var result = await InScopeAsync<TopicService, TopicSaveResult>(s =>
            s.UpdateAsync(sanctions.Id, sanctions.Version, new TopicUpdate("trade measures", ["embargo"]), Editor.System, default));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("already exists");
        (await TopicAsync("sanctions")).Name.Should().Be("sanctions");
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<NewsDbContext>(options => options.AddInterceptors(_beforeSave));

    private async Task<TopicSaveResult> UpdateAsync(int version, TopicUpdate update)
    {
        var id = (await TopicAsync()).Id;
        return await InScopeAsync<TopicService, TopicSaveResult>(s => s.UpdateAsync(id, version, update, Editor.System, default));
    }

    private async Task<Topic> TopicAsync(string slug = "energy")
    {
        await using var db = Database.CreateContext();
        return await db.Topics.AsNoTracking().SingleAsync(t => t.Slug == slug);
    }

    // Runs another writer's work once, after a save has passed its checks and just before it writes.
    private sealed class BeforeSave : SaveChangesInterceptor
    {
        public Func<Task>? Once { get; set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Once is { } work)
            {
                Once = null;
                await work();
            }

            return result;
        }
    }
}

// The same race on a database file, each save on its own connection as web requests are, all at once.
public sealed class TopicSavesAtOnceTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newstracker-core-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNewsTrackerSqlite($"Data Source={Path.Combine(_folder, "topics.db")}");
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(default);
    }

    [Fact]
    public async Task Four_saves_from_the_same_version_at_once_one_succeeds_and_three_get_the_conflict()
    {
        var (id, version) = await EnergyAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(n => Task.Run(async () =>
        {
            await using var scope = _services.CreateAsyncScope();
            var topics = scope.ServiceProvider.GetRequiredService<TopicService>();
            return await topics.UpdateAsync(id, version, new TopicUpdate("energy", [$"keyword {n}"]), Editor.System, default);
        })));

        results.Should().ContainSingle(r => r.Succeeded);
        results.Where(r => !r.Succeeded).Should().HaveCount(3).And.OnlyContain(r => r.Conflict != null);
        var winner = results.Single(r => r.Succeeded);
        await using var check = _services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<NewsDbContext>().Topics.AsNoTracking().SingleAsync(t => t.Id == id);
        stored.Version.Should().Be(version + 1);
        results.Where(r => !r.Succeeded).Should().OnlyContain(r => r.Conflict!.Keywords.SequenceEqual(stored.Keywords));
        winner.Retag.Should().NotBeNull();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the OS temp folder is cleaned eventually.
        }
    }

    private async Task<(int Id, int Version)> EnergyAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var energy = await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Topics.AsNoTracking().SingleAsync(t => t.Slug == "energy");
        return (energy.Id, energy.Version);
    }
}
