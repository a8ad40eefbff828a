using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsTracker.Core.Jobs;

// Takes one kind's jobs off the queue and runs them one at a time, each in a DI scope of its own (its own
// DbContext), reporting progress into the job's status. The web app's hosted service calls RunAsync per kind.
public sealed class BackgroundJobRunner(BackgroundJobQueue queue, IServiceScopeFactory scopes, ILogger<BackgroundJobRunner> logger)
{
    private const string NotStarted = "The app stopped before the job started.";

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

        queue.Start(job);
        logger.LogInformation("Job {JobId} ({JobKind}) started", job.Status.Id, job.Status.Kind);
        string message;
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

        queue.Finish(job, JobState.Done, message);
        logger.LogInformation("Job {JobId} ({JobKind}) done: {Message}", job.Status.Id, job.Status.Kind, message);
    }

    // Synchronous, unlike Progress<T>: each report is in the status before the job goes on.
    private sealed class StatusProgress(BackgroundJobQueue queue, QueuedJob job) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => queue.Report(job, value);
    }
}
