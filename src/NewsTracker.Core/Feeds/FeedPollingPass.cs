using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Jobs;

namespace NewsTracker.Core.Feeds;

// One pass over the due feeds by one poller at a time among all on the database: the web app's background poller
// of every instance and `feeds poll` alike. The pass holds the "feed-polling" lease while it runs, renewed every
// third of its time (a pass of pages with per-host pauses and timeouts can take minutes), and gives it up after.
public sealed class FeedPollingPass(IServiceScopeFactory scopes, FeedPollRequests requests, TimeProvider clock, ILogger<FeedPollingPass> logger)
{
    public const string LeaseName = "feed-polling";

    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(3);

    // Who takes the lease: this process, unless a test plays a second instance.
    public string Holder { get; init; } = JobLeases.ThisInstance;

    // The pass's reports (the due feeds and those an editor asked for), or null when another poller holds the lease:
    // it is polling now, and the feeds asked for wait for this instance's next pass.
    public async Task<IReadOnlyList<FeedPollReport>?> RunAsync(CancellationToken ct)
    {
        var lease = new HeldLease(scopes, clock, logger, LeaseName, Holder, LeaseDuration);
        if (!await lease.TryTakeAsync(ct))
        {
            logger.LogInformation("Another poller holds the lease {Lease}; this pass polls nothing", LeaseName);
            return null;
        }

        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewal = lease.KeepAsync(renewing.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollDueAsync(requests.Take(), ct);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
            await lease.ReleaseAsync();
        }
    }
}
