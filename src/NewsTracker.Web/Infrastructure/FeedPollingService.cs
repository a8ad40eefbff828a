using Microsoft.Extensions.Options;
using NewsTracker.Core.Common;
using NewsTracker.Core.Feeds;

namespace NewsTracker.Web.Infrastructure;

// Wakes every Feeds:PollInterval and polls the feeds that are due, one at a time. A failing poll is logged and the
// next wake-up tries again; it never stops the app.
public sealed class FeedPollingService(IServiceScopeFactory scopes, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPollingService> logger)
    : BackgroundService
{
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
                await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Polling feeds failed: {Reason}", LogText.Clean(ex.Message));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
