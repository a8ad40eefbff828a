namespace NewsTracker.Core.Jobs;

// A job of one kind, resolved from the job's own DI scope. It reports articles done out of total and
// returns the sentence its finished status shows.
public interface IBackgroundJob
{
    Task<string> RunAsync(IProgress<JobProgress> progress, CancellationToken ct);
}
