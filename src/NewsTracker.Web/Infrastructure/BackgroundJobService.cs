using NewsTracker.Core.Jobs;

namespace NewsTracker.Web.Infrastructure;

// Runs the queued background jobs inside the web app: one runner per kind, so a re-tag never runs twice at once.
public sealed class BackgroundJobService(BackgroundJobRunner runner) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enum.GetValues<JobKind>().Select(kind => runner.RunAsync(kind, stoppingToken)));
}
