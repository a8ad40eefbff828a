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
        if (!await TryTakeAsync(ct))
        {
            logger.LogInformation("Another poller holds the lease {Lease}; this pass polls nothing", LeaseName);
            return null;
        }

        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewal = KeepAsync(renewing.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollDueAsync(requests.Take(), ct);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
            await ReleaseAsync();
        }
    }

    private async Task KeepAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(LeaseDuration / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    if (!await TryTakeAsync(ct))
                    {
                        logger.LogWarning("The lease {Lease} expired and another poller took it during this pass", LeaseName);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The next tick tries again; the lease lasts three ticks.
                    logger.LogWarning(ex, "Renewing the lease {Lease} failed", LeaseName);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The pass is over.
        }
    }

    private async Task<bool> TryTakeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IJobLeases>().TryTakeAsync(LeaseName, Holder, LeaseDuration, ct);
    }

    // Given up at once, so the next wake-up of any instance may poll; if that fails, expiry frees it.
    private async Task ReleaseAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IJobLeases>().ReleaseAsync(LeaseName, Holder, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Releasing the lease {Lease} failed; it frees itself when it expires", LeaseName);
        }
    }
}
