using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsTracker.Core.Jobs;

// Takes one kind's jobs off the queue and runs them one at a time, each in a DI scope of its own (its own
// DbContext), reporting progress into the job's status. The web app's hosted service calls RunAsync per kind.
// Several instances may share the database, so a job first takes its kind's lease ("job:retag"): while another
// instance holds it the job waits (and says so), and while it runs its lease is renewed every third of its time.
public sealed class BackgroundJobRunner(BackgroundJobQueue queue, IServiceScopeFactory scopes, TimeProvider clock, ILogger<BackgroundJobRunner> logger)
{
    // An instance that dies mid-job blocks the kind for at most this long.
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(3);

    // Often enough that two renewals can fail in a row (a slow database) before the lease runs out.
    public static readonly TimeSpan RenewEvery = LeaseDuration / 3;

    // How often a job waiting for another instance asks for the lease again.
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(20);

    public const string WaitingMessage = "Waiting for another instance of the app to finish the same kind of job.";

    private const string NotStarted = "The app stopped before the job started.";

    // Who holds the leases this runner takes: this process, unless a test plays a second instance.
    public string Holder { get; init; } = JobLeases.ThisInstance;

    // Raised after each renewal of a running job's lease (true: still held), for tests to step the clock after it.
    internal event Action<bool>? LeaseRenewed;

    public static string LeaseName(JobKind kind) => "job:" + kind.ToString().ToLowerInvariant();

    public async Task RunAsync(JobKind kind, CancellationToken stoppingToken)
    {
        var reader = queue.Reader(kind);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (reader.TryRead(out var job))
                {
                    await RunOneAsync(job, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping: a job still waiting will never start, so say so to anyone awaiting it.
            while (reader.TryRead(out var job))
            {
                queue.Finish(job, JobState.Failed, NotStarted);
            }
        }
    }

    private async Task RunOneAsync(QueuedJob job, CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            queue.Finish(job, JobState.Failed, NotStarted);
            stoppingToken.ThrowIfCancellationRequested();
        }

        var lease = LeaseName(job.Status.Kind);
        try
        {
            await WaitForLeaseAsync(job, lease, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Finish(job, JobState.Failed, NotStarted);
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Job {JobId} ({JobKind}) could not take its lease", job.Status.Id, job.Status.Kind);
            queue.Finish(job, JobState.Failed, "The job failed; the log has the details.");
            return;
        }

        queue.Start(job);
        logger.LogInformation("Job {JobId} ({JobKind}) started", job.Status.Id, job.Status.Kind);
        string message;
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = KeepLeaseAsync(lease, renewing.Token);
        try
        {
            // The scope (and its DbContext) ends before the job is marked finished, so whoever awaits the job
            // finds its work committed and its connection returned.
            await using var scope = scopes.CreateAsyncScope();
            var work = scope.ServiceProvider.GetRequiredKeyedService<IBackgroundJob>(job.Status.Kind);
            message = await work.RunAsync(new StatusProgress(queue, job), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Finish(job, JobState.Failed, "The app stopped before the job finished.");
            throw;
        }
        catch (Exception ex)
        {
            // One failed job must not stop the runner: the next request gets a fresh try.
            logger.LogError(ex, "Job {JobId} ({JobKind}) failed", job.Status.Id, job.Status.Kind);
            queue.Finish(job, JobState.Failed, "The job failed; the log has the details.");
            return;
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
            await ReleaseAsync(lease);
        }

        queue.Finish(job, JobState.Done, message);
        logger.LogInformation("Job {JobId} ({JobKind}) done: {Message}", job.Status.Id, job.Status.Kind, message);
    }

    // Returns once this instance holds the lease; until then the job shows it is waiting for another instance.
    // The job stays the queue's waiting one, so later requests still join it: it has read nothing yet.
    private async Task WaitForLeaseAsync(QueuedJob job, string lease, CancellationToken ct)
    {
        var said = false;
        while (!await TryTakeAsync(lease, ct))
        {
            // The timer is set before the status changes, so whoever sees the status may move the clock past it.
            var retry = Task.Delay(RetryEvery, clock, ct);
            if (!said)
            {
                said = true;
                logger.LogInformation("Job {JobId} ({JobKind}) waits for another instance holding {Lease}", job.Status.Id, job.Status.Kind, lease);
                queue.Wait(job, WaitingMessage);
            }

            await retry;
        }
    }

    private async Task KeepLeaseAsync(string lease, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(RenewEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                bool held;
                try
                {
                    held = await TryTakeAsync(lease, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The next tick tries again; the lease lasts three ticks.
                    logger.LogWarning(ex, "Renewing the lease {Lease} failed", lease);
                    continue;
                }

                if (!held)
                {
                    // Only after renewals failed for a whole lease: another instance may now run the same kind.
                    logger.LogWarning("The lease {Lease} expired and another instance took it while this one still ran the job", lease);
                }

                LeaseRenewed?.Invoke(held);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The job finished or the app is stopping.
        }
    }

    private async Task<bool> TryTakeAsync(string lease, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IJobLeases>().TryTakeAsync(lease, Holder, LeaseDuration, ct);
    }

    // Given up at once so another instance's waiting job need not wait for the expiry; if that fails, expiry frees it.
    private async Task ReleaseAsync(string lease)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IJobLeases>().ReleaseAsync(lease, Holder, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Releasing the lease {Lease} failed; it frees itself when it expires", lease);
        }
    }

    // Synchronous, unlike Progress<T>: each report is in the status before the job goes on.
    private sealed class StatusProgress(BackgroundJobQueue queue, QueuedJob job) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => queue.Report(job, value);
    }
}
