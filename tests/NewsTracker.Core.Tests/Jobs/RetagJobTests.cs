using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Core.Topics;
using NewsTracker.Testing;

namespace NewsTracker.Core.Tests.Jobs;

// The re-tag as the app runs it: queued by topic saves, run by the job runner, held at will by the test.
public sealed class RetagJobTests : DatabaseTest
{
    private const string HydrogenBody = "\u201CWe will build an electrolyser in every port of the region,\u201D Olaf Scholz said on Monday.";
    private const string ShipBody = "\u201CThe new tanker will sail from Rostock in May,\u201D Olaf Scholz said on Tuesday.";

    private readonly RetagHolds _holds = new();

    private BackgroundJobQueue Queue => Database.Services.GetRequiredService<BackgroundJobQueue>();

    [Fact]
    public async Task A_queued_re_tag_runs_with_progress_over_the_articles_and_finishes_done()
    {
        await AddAsync("Ports", HydrogenBody);
        await AddAsync("Ships", ShipBody);
        var seen = new List<JobStatus>();
        Queue.StatusChanged += seen.Add;

        var saved = await SaveKeywordsAsync("energy", "electrolyser");
        saved.Retag!.Outcome.Should().Be(EnqueueOutcome.Queued);
        Queue.Snapshot(JobKind.Retag).Current!.State.Should().Be(JobState.Queued);
        _holds[1].Release();
        await using (RunningJobs.Start(Database.Services))
        {
            await saved.Retag.Completion;
        }

        seen.Select(s => (s.State, s.Done, s.Total)).Should().Equal(
            (JobState.Queued, 0, 0),
            (JobState.Running, 0, 0),
            (JobState.Running, 0, 2),
            (JobState.Running, 2, 2),
            (JobState.Done, 2, 2));
        seen[^1].Message.Should().Be("1 quote changed topics across 2 articles.");
        (await EnergyQuoteCountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Keywords_saved_while_a_re_tag_runs_are_applied_by_one_follow_up_run()
    {
        await AddAsync("Ports", HydrogenBody);
        await AddAsync("Ships", ShipBody);
        await using var running = RunningJobs.Start(Database.Services);

        var first = await SaveKeywordsAsync("energy", "electrolyser");
        await _holds[1].Reached.Task;
        var second = await SaveKeywordsAsync("energy", "electrolyser", "tanker");
        var third = await SaveKeywordsAsync("energy", "electrolyser", "tanker", "sail");
        Queue.Snapshot(JobKind.Retag).FollowUpQueued.Should().BeTrue();
        _holds[1].Release();
        await first.Retag!.Completion;
        await _holds[2].Reached.Task;
        var afterFirstRun = await EnergyQuoteCountAsync();
        _holds[2].Release();
        var followUp = await third.Retag!.Completion;
        await Queue.WhenIdleAsync(JobKind.Retag);

        first.Retag.Outcome.Should().Be(EnqueueOutcome.Queued);
        second.Retag!.Outcome.Should().Be(EnqueueOutcome.QueuedAfterRunning);
        third.Retag.Outcome.Should().Be(EnqueueOutcome.AlreadyQueued);
        afterFirstRun.Should().Be(1, "the first run had read the keywords before the second save");
        followUp.Message.Should().StartWith("1 quote changed topics");
        (await EnergyQuoteCountAsync()).Should().Be(2);
        _holds.Runs.Should().Be(2);
        await using var db = Database.CreateContext();
        await Topics.RetagTests.StoredCountsAndFilterIndexShouldMatchLinksAsync(db);
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(_holds);
        services.AddKeyedScoped<IBackgroundJob, HeldRetagJob>(JobKind.Retag);
    }

    private async Task<TopicSaveResult> SaveKeywordsAsync(string slug, params string[] added)
    {
        Topic topic;
        await using (var db = Database.CreateContext())
        {
            topic = await db.Topics.AsNoTracking().SingleAsync(t => t.Slug == slug);
        }

        var keywords = topic.Keywords.Where(k => !added.Contains(k)).Concat(added).ToList();
        var result = await InScopeAsync<TopicService, TopicSaveResult>(s => s.UpdateAsync(topic.Id, topic.Version, new TopicUpdate(topic.Name, keywords), Editor.System, default));
        result.Succeeded.Should().BeTrue(string.Join(' ', result.Errors));
        return result;
    }

    private async Task<int> EnergyQuoteCountAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Quotes.CountAsync(q => q.Topics.Any(t => t.Slug == "energy"));
    }

    private async Task AddAsync(string title, string body)
    {
        var result = await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(new NewArticle(title, body), default));
        result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
    }
}
