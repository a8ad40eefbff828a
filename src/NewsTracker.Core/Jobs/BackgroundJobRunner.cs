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

    // How often a running job's lease is renewed (HeldLease).
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

        var lease = new HeldLease(scopes, clock, logger, LeaseName(job.Status.Kind), Holder, LeaseDuration);
        lease.Renewed += held => LeaseRenewed?.Invoke(held);
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
        var renewal = lease.KeepAsync(renewing.Token);
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
            await lease.ReleaseAsync();
        }

        queue.Finish(job, JobState.Done, message);
        logger.LogInformation("Job {JobId} ({JobKind}) done: {Message}", job.Status.Id, job.Status.Kind, message);
    }

    // Returns once this instance holds the lease; until then the job shows it is waiting for another instance.
    // The job stays the queue's waiting one, so later requests still join it: it has read nothing yet.
    private async Task WaitForLeaseAsync(QueuedJob job, HeldLease lease, CancellationToken ct)
    {
        var said = false;
        while (!await lease.TryTakeAsync(ct))
        {
            // The timer is set before the status changes, so whoever sees the status may move the clock past it.
            var retry = Task.Delay(RetryEvery, clock, ct);
            if (!said)
            {
                said = true;
                logger.LogInformation("Job {JobId} ({JobKind}) waits for another instance holding {Lease}", job.Status.Id, job.Status.Kind, LeaseName(job.Status.Kind));
                queue.Wait(job, WaitingMessage);
            }

            await retry;
        }
    }

    // Synchronous, unlike Progress<T>: each report is in the status before the job goes on.
    private sealed class StatusProgress(BackgroundJobQueue queue, QueuedJob job) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => queue.Report(job, value);
    }
}
