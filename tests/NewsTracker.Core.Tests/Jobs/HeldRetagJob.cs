using NewsTracker.Core.Jobs;
using NewsTracker.Core.Topics;

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
                hold.Released.Wait(TimeSpan.FromMinutes(1)).Should().BeTrue("the test releases every run it holds");
            }

            inner.Report(value);
        }
    }
}

public sealed class RetagHolds
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, RetagHold> _holds = [];
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    // Run 1 is the first run started; a hold exists before its run starts, so tests can wait for it.
    public RetagHold this[int run]
    {
        get
        {
            lock (_lock)
            {
                if (!_holds.TryGetValue(run, out var hold))
                {
                    hold = new RetagHold();
                    _holds[run] = hold;
                }

                return hold;
            }
        }
    }

    internal RetagHold Next() => this[Interlocked.Increment(ref _runs)];
}

public sealed class RetagHold
{
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ManualResetEventSlim Released { get; } = new(false);

    public void Release() => Released.Set();
}
