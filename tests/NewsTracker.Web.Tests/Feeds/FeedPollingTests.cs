using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsTracker.Core.Articles.FromUrl;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;
using NewsTracker.Core.Feeds;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Feeds;

// Feeds polled against a local site: new items imported, bad ones refused with a reason, slow ones tried again,
// nothing fetched twice, conditional GET honoured; never the internet.
public sealed class FeedPollingTests(FeedPollingTests.Factory factory, FeedSite site) : IClassFixture<FeedPollingTests.Factory>, IClassFixture<FeedSite>
{
    [Fact]
    public async Task A_poll_imports_new_items_refuses_bad_ones_retries_slow_ones_and_then_asks_only_for_changes()
    {
        var editor = await factory.CreateEditorClientAsync();
        using (var known = await editor.PostAsJsonAsync("/api/articles", new
        {
            title = $"Already here ({site.Marker})",
            url = site.ArticleUrl("known"),
            publishedAt = "2022-04-12",
            body = site.Page("known").Replace("<p>", "\n\n", StringComparison.Ordinal).Split("<h1>")[1],
        }))
        {
            known.StatusCode.Should().Be(HttpStatusCode.Created, await known.Content.ReadAsStringAsync());
        }

        var feedId = await AddFeedAsync(site.Url("/world/rss.xml"), "Nordic Wire");

        var first = await PollPastTheSlowPageAsync(feedId);

        first.Should().Match<FeedPollReport>(r => r.Added == 2 && r.Failed == 1 && r.Skipped == 3 && r.Error == null);
        first.Lines.Should().Contain(l => l.Contains("/missing") && l.Contains("404"))
            .And.Contain(l => l.Contains("/report.pdf") && l.Contains("not a web page"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var energy = await db.Articles.SingleAsync(a => a.Url == site.ArticleUrl("energy"));
            energy.Outlet.Should().Be("Nordic Wire");
            energy.Author.Should().Contain("Anne Kauranen");
            energy.PublishedUtc.Should().Be(new DateTime(2022, 4, 12, 8, 0, 0, DateTimeKind.Utc), "the page has no date, the feed has");
            (await db.Quotes.CountAsync(q => q.ArticleId == energy.Id)).Should().BePositive();
            (await db.FeedItems.CountAsync(i => i.FeedId == feedId)).Should().Be(5, "every item but the slow one is settled");
            (await db.AuditEntries.CountAsync(e => e.Entity == AuditEntities.Article && e.User.StartsWith("feed "))).Should().BeGreaterThanOrEqualTo(2);
        }

        var unchanged = await PollAsync(feedId);
        unchanged.NotModified.Should().BeTrue("the feed answers 304 to the ETag it gave");

        site.Edition = 2;
        var second = await PollPastTheSlowPageAsync(feedId);

        second.Should().Match<FeedPollReport>(r => r.Added == 1 && r.Failed == 1, "only the new item and the slow one are fetched");
        second.Lines.Should().Contain(l => l.Contains("border")).And.NotContain(l => l.Contains("/missing"));
        var row = (await ListAsync()).Single(f => f.Id == feedId);
        row.Should().Match<FeedRow>(f => f.ItemsAdded == 3 && !f.Failing && f.LastNewItemUtc != null && f.LastPolledUtc != null);
    }

    [Fact]
    public async Task A_malformed_feed_is_an_error_and_repeated_failures_flag_the_feed()
    {
        var feedId = await AddFeedAsync(site.Url("/world/broken.xml"), null);

        var reports = new List<FeedPollReport>();
        for (var i = 0; i < 3; i++)
        {
            reports.Add(await PollAsync(feedId));
        }

        reports.Should().OnlyContain(r => r.Error != null && r.Error.Contains("readable RSS or Atom"));
        (await ListAsync()).Single(f => f.Id == feedId).Should().Match<FeedRow>(f => f.Failing && f.ConsecutiveFailures == 3);
    }

    private async Task<int> AddFeedAsync(string url, string? outlet)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<FeedService>().AddAsync(url, outlet, 15, Editor.System, default);
        added.Errors.Should().BeEmpty();
        return added.FeedId!.Value;
    }

    private async Task<FeedPollReport> PollAsync(int feedId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feedId, default))!;
    }

    // A poll whose items include the page that never answers: once it is asked for, the page fetcher's clock moves
    // past the timeout, so the slow page times out and the ordinary ones never do, however loaded the machine.
    private async Task<FeedPollReport> PollPastTheSlowPageAsync(int feedId)
    {
        using var pollDone = new CancellationTokenSource();
        var poll = PollAsync(feedId);
        var asked = site.SlowPageRequests.WaitAsync(pollDone.Token);
        if (await Task.WhenAny(poll, asked) == asked)
        {
            factory.PageClock.Advance(TimeSpan.FromSeconds(Factory.PageTimeoutSeconds));
        }

        await pollDone.CancelAsync();
        return await poll;
    }

    private async Task<IReadOnlyList<FeedRow>> ListAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedService>().ListAsync(default);
    }

    // Local pages are private addresses, which the app refuses by default; these tests allow them. The page
    // fetcher's timeout runs on a clock of the test's own, which moves only when the slow page is asked for.
    public class Factory : NewsTrackerFactory
    {
        public const int PageTimeoutSeconds = 10;

        public FakeTimeProvider PageClock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("UrlImport:AllowPrivateNetworks", "true");
            builder.UseSetting("UrlImport:TimeoutSeconds", PageTimeoutSeconds.ToString(CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services => services.AddTransient(provider => new ArticlePageFetcher(
                provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ArticlePageFetcher)),
                provider.GetRequiredService<IOptions<ArticlePageOptions>>(),
                PageClock,
                provider.GetRequiredService<ILogger<ArticlePageFetcher>>())));
            builder.UseSetting("Feeds:PerHostDelay", "00:00:00");
            // No feed here is slow on purpose: 30 s only bounds a loaded CI machine's answer.
            builder.UseSetting("Feeds:TimeoutSeconds", "30");
        }
    }
}
