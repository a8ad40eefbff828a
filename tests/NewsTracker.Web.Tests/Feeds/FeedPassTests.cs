using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;
using NewsTracker.Core.Feeds;
using NewsTracker.Core.Jobs;
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

        var first = await PollAsync(feedId);
        var unchanged = await PollAsync(feedId);

        first.Should().Match<FeedPollReport>(r => r.Added == 3 && r.Failed == 0 && r.Error == null, string.Join("\n", first.Lines));
        unchanged.NotModified.Should().BeTrue("the feed answers 304 to the Last-Modified it gave");
        var pages = site.DeskPageRequests.ToList();
        pages.Should().HaveCount(3).And.OnlyContain(p => p.UserAgent == FeedComposition.UserAgent);
        pages.Zip(pages.Skip(1), (a, b) => b.At - a.At).Should().OnlyContain(gap => gap >= Factory.PerHostDelay - TimeSpan.FromMilliseconds(15),
            "Feeds:PerHostDelay passes between two pages of one host");
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

    private async Task<int> AddFeedAsync(string url, int pollMinutes = 15)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<FeedService>().AddAsync(url, null, pollMinutes, Editor.System, default);
        added.Errors.Should().BeEmpty();
        return added.FeedId!.Value;
    }

    private async Task<FeedPollReport> PollAsync(int feedId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feedId, default))!;
    }

    private async Task<DateTime?> LastPolledAsync(int feedId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Feeds.Where(f => f.Id == feedId).Select(f => f.LastPolledUtc).SingleAsync();
    }

    public sealed class Factory : NewsTrackerFactory
    {
        public static readonly TimeSpan PerHostDelay = TimeSpan.FromMilliseconds(400);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("UrlImport:AllowPrivateNetworks", "true");
            builder.UseSetting("Feeds:PerHostDelay", PerHostDelay.ToString());
            builder.UseSetting("Feeds:TimeoutSeconds", "30");
        }
    }
}
