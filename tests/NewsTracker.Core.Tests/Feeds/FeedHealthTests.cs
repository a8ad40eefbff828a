using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;
using NewsTracker.Core.Feeds;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Feeds;

// How /Feeds and `feeds list` flag a feed: quiet after Feeds:QuietAfter with nothing new (as configured), failing after
// Feeds:FailuresBeforeFlag failed polls in a row; a paused feed is never quiet.
public sealed class FeedHealthTests : DatabaseTest
{
    private readonly FakeTimeProvider _clock = new(TestDatabase.StartTime);

    [Fact]
    public async Task A_feed_with_nothing_new_for_longer_than_the_configured_time_is_quiet()
    {
        var defaults = new FeedOptions();
        var patient = new FeedOptions { QuietAfter = TimeSpan.FromDays(4) };
        var (quiet, fresh, paused) = (await AddAsync("quiet"), await AddAsync("fresh"), await AddAsync("paused"));
        await using (var db = Database.CreateContext())
        {
            (await db.Feeds.FindAsync(fresh))!.LastNewItemUtc = _clock.GetUtcNow().UtcDateTime.AddDays(2.5);
            (await db.Feeds.FindAsync(paused))!.Enabled = false;
            await db.SaveChangesAsync();
        }

        var early = await ListAsync(defaults);
        _clock.Advance(TimeSpan.FromDays(3));
        var late = await ListAsync(defaults);
        var configured = await ListAsync(patient);

        early.Should().OnlyContain(f => !f.Quiet, "every feed was added a moment ago");
        late.Where(f => f.Quiet).Select(f => f.Id).Should().Equal([quiet], "nothing new for three days, against two; the fresh one had an item half a day ago");
        configured.Should().OnlyContain(f => !f.Quiet, "Feeds:QuietAfter is four days here");
    }

    [Fact]
    public async Task A_feed_is_flagged_failing_after_the_configured_failures_in_a_row()
    {
        var id = await AddAsync("failing");
        await using (var db = Database.CreateContext())
        {
            (await db.Feeds.FindAsync(id))!.ConsecutiveFailures = 2;
            await db.SaveChangesAsync();
        }

        (await ListAsync(new FeedOptions())).Single().Failing.Should().BeFalse("two failures, against three");
        (await ListAsync(new FeedOptions { FailuresBeforeFlag = 2 })).Single().Failing.Should().BeTrue();
    }

    private async Task<int> AddAsync(string name)
    {
        await using var scope = Database.CreateScope();
        var added = await Service(scope, new FeedOptions()).AddAsync($"https://{name}.example/rss.xml", null, null, Editor.System, default);
        return added.FeedId!.Value;
    }

    private async Task<IReadOnlyList<FeedRow>> ListAsync(FeedOptions options)
    {
        await using var scope = Database.CreateScope();
        return await Service(scope, options).ListAsync(default);
    }

    private FeedService Service(AsyncServiceScope scope, FeedOptions options) => new(
        scope.ServiceProvider.GetRequiredService<NewsDbContext>(), scope.ServiceProvider.GetRequiredService<AuditLog>(), new FeedPollRequests(), _clock,
        Options.Create(options));
}
