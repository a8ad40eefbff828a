using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Tests.Jobs;
using NewsTracker.Core.Topics;
using NewsTracker.Testing;

namespace NewsTracker.Core.Tests.Curation;

// A re-tag reads the topic list once, at its start: a topic deleted while it runs must not come back in
// links, filter rows or counts when the run writes.
public sealed class TopicDeleteDuringRetagTests : CurationTest
{
    private readonly RetagHolds _holds = new();

    [Fact]
    public async Task A_topic_deleted_while_a_re_tag_runs_stays_gone_when_the_run_finishes()
    {
        await AddArticleAsync("Gas deal", "\u201CThe gas pipeline will reopen in March,\u201D Olaf Scholz said on Monday.");
        await AddArticleAsync("Tanker", "\u201CThe new tanker will sail from Rostock in May,\u201D Olaf Scholz said on Tuesday.");
        await using var running = RunningJobs.Start(Database.Services);
        var first = await InScopeAsync<TopicService, JobTicket>(s => Task.FromResult(s.QueueRetag()));
        await _holds[1].Reached.Task;
        await using var before = Database.CreateContext();
        var energy = await before.Topics.AsNoTracking().SingleAsync(t => t.Slug == "energy");
        energy.QuoteCount.Should().BeGreaterThan(0);

        var deleted = await InScopeAsync<TopicService, TopicSaveResult>(s => s.DeleteAsync(energy.Id, Desk, default));
        _holds[1].Release();
        var outcome = await first.Completion;

        deleted.Succeeded.Should().BeTrue();
        outcome.State.Should().Be(JobState.Done, outcome.Message);
        await using var db = Database.CreateContext();
        (await db.Quotes.CountAsync(q => q.Topics.Any(t => t.Id == energy.Id))).Should().Be(0);
        await ArchiveShouldHoldAsync();
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(_holds);
        services.AddKeyedScoped<IBackgroundJob, HeldRetagJob>(JobKind.Retag);
    }
}
