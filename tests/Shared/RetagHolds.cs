namespace NewsTracker.Testing;

// Holds for re-tag runs a test wants to stop part-way: run 1 is the first run started, and its hold exists
// before the run starts, so a test can wait for a run it has not yet caused. Compiled into both test projects.
public sealed class RetagHolds
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, RetagHold> _holds = [];
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

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

    public RetagHold Next() => this[Interlocked.Increment(ref _runs)];
}

public sealed class RetagHold
{
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => Released.TrySetResult();
}
