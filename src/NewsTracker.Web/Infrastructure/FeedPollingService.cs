using Microsoft.Extensions.Options;
using NewsTracker.Core.Common;
using NewsTracker.Core.Feeds;

namespace NewsTracker.Web.Infrastructure;

// Wakes every Feeds:PollInterval, or at once when an editor asks for a poll, and makes a pass over the feeds that
// are due. A failing pass is logged and the next wake-up tries again; it never stops the app. With several instances
// on one database the pass runs under a lease (FeedPollingPass), so two never poll at once.
public sealed class FeedPollingService(FeedPollingPass pass, FeedPollRequests requests, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPollingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        do
        {
            try
            {
                await pass.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Polling feeds failed: {Reason}", LogText.Clean(ex.Message));
            }
        }
        while (await requests.WaitAsync(options.Value.PollInterval, clock, stoppingToken));
    }
}
