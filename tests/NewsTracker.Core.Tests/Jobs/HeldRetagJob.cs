using NewsTracker.Core.Jobs;
using NewsTracker.Core.Topics;
using NewsTracker.Testing;

namespace NewsTracker.Core.Tests.Jobs;

// The real re-tag, held in each run right after it has read the catalogue (its first progress report) until
// the test releases that run: the moment a save can land between what a running re-tag read and what it writes.
public sealed class HeldRetagJob(QuoteRetagger retagger, RetagHolds holds) : IBackgroundJob
{
    public async Task<string> RunAsync(IProgress<JobProgress> progress, CancellationToken ct)
    {
        var hold = holds.Next();
        return RetagJob.Describe(await retagger.RetagAsync(new HoldingProgress(progress, hold), ct));
    }

    // Blocks the job's thread, not the test's: the run is parked with no database command open.
    private sealed class HoldingProgress(IProgress<JobProgress> inner, RetagHold hold) : IProgress<JobProgress>
    {
        private bool _held;

        public void Report(JobProgress value)
        {
            if (!_held)
            {
                _held = true;
                hold.Reached.TrySetResult();
                hold.Released.Task.Wait(TimeSpan.FromMinutes(1)).Should().BeTrue("the test releases every run it holds");
            }

            inner.Report(value);
        }
    }
}
