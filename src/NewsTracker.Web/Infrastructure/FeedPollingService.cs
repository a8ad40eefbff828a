using Microsoft.Extensions.Options;
using NewsTracker.Core.Common;
using NewsTracker.Core.Feeds;
using NewsTracker.Core.Jobs;

namespace NewsTracker.Web.Infrastructure;

// Wakes every Feeds:PollInterval and polls the feeds that are due, one at a time. A failing poll is logged and the
// next wake-up tries again; it never stops the app. With several instances on one database only the one holding
// the "feed-polling" lease polls: it renews the lease at each wake-up, and another takes over once two intervals
// pass without a renewal.
public sealed class FeedPollingService(IServiceScopeFactory scopes, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPollingService> logger)
    : BackgroundService
{
    public const string LeaseName = "feed-polling";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
                if (await leases.TryTakeAsync(LeaseName, JobLeases.ThisInstance, options.Value.PollInterval * 2, stoppingToken))
                {
                    await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollDueAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Polling feeds failed: {Reason}", LogText.Clean(ex.Message));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
