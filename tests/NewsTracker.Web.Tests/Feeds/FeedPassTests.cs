using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsTracker.Core.Articles.FromUrl;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;
using NewsTracker.Core.Feeds;
using NewsTracker.Core.Jobs;
using NewsTracker.Web.Infrastructure;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Feeds;

// A pass over the due feeds as the background poller and `feeds poll` make it: one poller at a time on the database,
// "Poll now" honoured, an Atom feed asked only for changes since its Last-Modified, and pages of one host fetched a
// pause apart under NewsTracker's own User-Agent.
public sealed class FeedPassTests(FeedPassTests.Factory factory, FeedSite site) : IClassFixture<FeedPassTests.Factory>, IClassFixture<FeedSite>
{
    [Fact]
    public async Task An_atom_feed_is_asked_only_for_changes_and_its_pages_come_a_pause_apart_under_the_apps_user_agent()
    {
        var feedId = await AddFeedAsync(site.Url("/desk/atom.xml"));

        var polling = PollAsync(feedId, factory.PollClock);
        var askedAtOnce = await WaitForAsync(() => Task.FromResult(DeskPagesAsked() >= 1));
        var paused = new List<bool>();
        for (var page = 2; page <= 3; page++)
        {
            // The poller's clock stands still but for these steps: short of the pause no new page is asked for, at its end
            // the next one is. Pages are counted by address, so a retried request is no new page.
            factory.PollClock.Advance(Factory.PerHostDelay - TimeSpan.FromMilliseconds(1));
            await Task.WhenAny(polling, Task.Delay(TimeSpan.FromMilliseconds(300)));
            paused.Add(DeskPagesAsked() == page - 1);
            factory.PollClock.Advance(TimeSpan.FromMilliseconds(1));
            (await WaitForAsync(() => Task.FromResult(DeskPagesAsked() >= page))).Should().BeTrue($"page {page} is asked for once the pause is over");
        }

        var first = await polling;
        var unchanged = await PollAsync(feedId);

        first.Should().Match<FeedPollReport>(r => r.Added == 3 && r.Failed == 0 && r.Error == null, string.Join("\n", first.Lines));
        unchanged.NotModified.Should().BeTrue("the feed answers 304 to the Last-Modified it gave");
        DeskPagesAsked().Should().Be(3);
        site.DeskPageRequests.Should().OnlyContain(p => p.UserAgent == FeedComposition.UserAgent);
        askedAtOnce.Should().BeTrue("the first page of a host is fetched without a pause");
        paused.Should().Equal([true, true], "Feeds:PerHostDelay passes on the poller's clock between two pages of one host");
    }

    [Fact]
    public async Task A_pass_polls_nothing_while_another_instance_holds_the_lease_and_gives_the_lease_up_after_its_own()
    {
        var feedId = await AddFeedAsync(site.Url("/world/broken.xml?for=lease"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var leases = scope.ServiceProvider.GetRequiredService<IJobLeases>();
            (await leases.TryTakeAsync(FeedPollingPass.LeaseName, "another-instance", TimeSpan.FromMinutes(3), default)).Should().BeTrue();
        }

        var blocked = await factory.Services.GetRequiredService<FeedPollingPass>().RunAsync(default);

        blocked.Should().BeNull("another instance is polling");
        (await LastPolledAsync(feedId)).Should().BeNull();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IJobLeases>().ReleaseAsync(FeedPollingPass.LeaseName, "another-instance", default);
        }

        var own = await factory.Services.GetRequiredService<FeedPollingPass>().RunAsync(default);

        own.Should().NotBeNull().And.Contain(r => r.FeedId == feedId);
        (await LastPolledAsync(feedId)).Should().NotBeNull();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Set<JobLease>().AnyAsync(l => l.Name == FeedPollingPass.LeaseName))
                .Should().BeFalse("the pass gives the lease up when it ends");
        }
    }

    // A long pass (a page that does not answer) keeps its lease: renewed on the pass's clock, and another instance's
    // pass meanwhile polls nothing.
    [Fact]
    public async Task A_long_pass_renews_its_lease_and_another_instance_waits_for_it()
    {
        await AddFeedAsync(site.Url("/world/rss.xml?for=renewal"));
        var passClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var scopes = factory.Services.GetRequiredService<IServiceScopeFactory>();
        var first = new FeedPollingPass(scopes, new FeedPollRequests(), passClock, NullLogger<FeedPollingPass>.Instance) { Holder = "first-instance" };
        var second = new FeedPollingPass(scopes, new FeedPollRequests(), passClock, NullLogger<FeedPollingPass>.Instance) { Holder = "second-instance" };

        var running = first.RunAsync(default);
        (await site.SlowPageRequests.WaitAsync(TimeSpan.FromMinutes(1))).Should().BeTrue("the pass reaches the page that does not answer");
        var taken = await LeaseAsync();
        passClock.Advance(FeedPollingPass.LeaseDuration / 3);
        var renewed = await WaitForAsync(async () => await LeaseAsync() is { } lease && lease.ExpiresUtc > taken!.ExpiresUtc);
        var meanwhile = await second.RunAsync(default);
        factory.PageClock.Advance(TimeSpan.FromSeconds(Factory.PageTimeoutSeconds));
        var reports = await running;

        taken.Should().Match<JobLease>(l => l.Holder == "first-instance");
        renewed.Should().BeTrue("a third of the lease's time passed on the pass's clock");
        meanwhile.Should().BeNull("the first instance is still polling");
        reports.Should().ContainSingle(r => r.Url.EndsWith("for=renewal", StringComparison.Ordinal)).Which.Failed.Should().Be(1, "the slow page timed out");
        (await LeaseAsync()).Should().BeNull("the pass gave the lease up when it ended");
    }

    [Fact]
    public async Task Poll_now_makes_the_next_pass_poll_a_feed_that_is_not_due()
    {
        var feedId = await AddFeedAsync(site.Url("/world/broken.xml?for=poll-now"), pollMinutes: 600);
        await PollAsync(feedId);
        var editor = await factory.CreateEditorClientAsync();

        var notDue = await factory.Services.GetRequiredService<FeedPollingPass>().RunAsync(default);
        using var asked = await editor.SubmitFormAsync("/Feeds", $"tr[data-feed='{feedId}'] form.poll-form");
        var requested = await factory.Services.GetRequiredService<FeedPollingPass>().RunAsync(default);

        notDue.Should().NotContain(r => r.FeedId == feedId, "it was polled a moment ago and polls every ten hours");
        asked.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        requested.Should().ContainSingle(r => r.FeedId == feedId);
    }

    [Fact]
    public async Task A_page_that_fails_once_with_a_passing_error_is_fetched_again_within_the_same_poll()
    {
        var feedId = await AddFeedAsync(site.Url("/flaky/rss.xml"));

        var report = await PollAsync(feedId);

        report.Should().Match<FeedPollReport>(r => r.Added == 1 && r.Failed == 0, string.Join("\n", report.Lines));
        site.FlakyRequests.Should().Be(2, "the 503 was retried once");
    }

    [Fact]
    public async Task A_page_whose_site_is_down_is_a_passing_failure_tried_again_at_the_next_poll()
    {
        var feedId = await AddFeedAsync(site.Url("/down/rss.xml"));

        var first = await PollAsync(feedId);
        var second = await PollAsync(feedId);

        first.Should().Match<FeedPollReport>(r => r.Failed == 1 && r.Skipped == 0, string.Join("\n", first.Lines));
        first.Lines.Should().ContainSingle().Which.Should().Contain("503").And.Contain("could not give the page just now");
        second.Failed.Should().Be(1, "the item was not settled, so the next poll asks for it again");
    }

    // The app's background poller: a pass when it starts, then one every Feeds:PollInterval (15 minutes unless
    // configured) or as soon as an editor asks.
    [Fact]
    public async Task The_background_poller_makes_a_pass_at_start_and_another_when_an_editor_asks()
    {
        var feedId = await AddFeedAsync(site.Url("/world/broken.xml?for=background"), pollMinutes: 600);
        var options = factory.Services.GetRequiredService<IOptions<FeedOptions>>();
        var requests = factory.Services.GetRequiredService<FeedPollRequests>();
        using var poller = new FeedPollingService(
            factory.Services.GetRequiredService<FeedPollingPass>(), requests, Options.Create(new FeedOptions { RunInBackground = true }),
            new FakeTimeProvider(DateTimeOffset.UtcNow), NullLogger<FeedPollingService>.Instance);

        await poller.StartAsync(default);
        var atStart = await WaitForAsync(async () => await LastPolledAsync(feedId) is not null);
        var firstPoll = await LastPolledAsync(feedId);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<FeedService>().RequestPollAsync(feedId, default)).Should().Be(FeedPollRequest.Requested);
        }

        var onRequest = await WaitForAsync(async () => await LastPolledAsync(feedId) > firstPoll);
        await poller.StopAsync(default);

        options.Value.PollInterval.Should().Be(TimeSpan.FromMinutes(15), "the default of Feeds:PollInterval");
        atStart.Should().BeTrue("the poller makes a pass when the app starts");
        onRequest.Should().BeTrue("an editor's request wakes the poller before its interval is up, and the feed is polled though not due");
    }

    private async Task<int> AddFeedAsync(string url, int pollMinutes = 15)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<FeedService>().AddAsync(url, null, pollMinutes, Editor.System, default);
        added.Errors.Should().BeEmpty();
        return added.FeedId!.Value;
    }

    // A poll by the app's poller, or by one on a clock of the test's own.
    private async Task<FeedPollReport> PollAsync(int feedId, TimeProvider? clock = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var poller = clock is null ? services.GetRequiredService<FeedPoller>() : new FeedPoller(
            services.GetRequiredService<NewsDbContext>(), services.GetRequiredService<FeedFetcher>(), services.GetRequiredService<ArticlePageFetcher>(),
            services.GetRequiredService<NewsTracker.Core.Articles.ArticleReviewService>(), clock,
            Options.Create(new FeedOptions { PerHostDelay = Factory.PerHostDelay, TimeoutSeconds = 30 }),
            NullLogger<FeedPoller>.Instance);
        return (await poller.PollAsync(feedId, default))!;
    }

    private async Task<DateTime?> LastPolledAsync(int feedId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Feeds.Where(f => f.Id == feedId).Select(f => f.LastPolledUtc).SingleAsync();
    }

    private int DeskPagesAsked() => site.DeskPageRequests.Select(p => p.Path).Distinct().Count();

    private async Task<JobLease?> LeaseAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Set<JobLease>().AsNoTracking()
            .SingleOrDefaultAsync(l => l.Name == FeedPollingPass.LeaseName);
    }

    // What a poll does on its own task once a clock moves: looked for until it shows, within a bound generous enough
    // for a loaded machine.
    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    // The polling tests' app (private addresses allowed, the page timeout on a clock of the test's own, the app's
    // poller without a pause), and the clock of a poller a test makes itself to see the pause (PerHostDelay).
    public sealed class Factory : FeedPollingTests.Factory
    {
        public static readonly TimeSpan PerHostDelay = TimeSpan.FromSeconds(5);

        public FakeTimeProvider PollClock { get; } = new(DateTimeOffset.UtcNow);
    }
}
