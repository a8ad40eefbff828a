using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Jobs;

namespace NewsTracker.Core.Tests.Jobs;

// The job runner as the web app's hosted service runs it: one loop per kind until disposed.
public sealed class RunningJobs : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loops;

    private RunningJobs(BackgroundJobQueue queue, BackgroundJobRunner runner)
    {
        Queue = queue;
        _loops = Task.WhenAll(Enum.GetValues<JobKind>().Select(kind => Task.Run(() => runner.RunAsync(kind, _stopping.Token))));
    }

    public BackgroundJobQueue Queue { get; }

    public static RunningJobs Start(IServiceProvider services) =>
        new(services.GetRequiredService<BackgroundJobQueue>(), services.GetRequiredService<BackgroundJobRunner>());

    // A runner with a queue of its own: one app instance of several on the database.
    public static RunningJobs Start(BackgroundJobQueue queue, BackgroundJobRunner runner) => new(queue, runner);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loops;
        _stopping.Dispose();
    }
}
