namespace NewsTracker.Core.Feeds;

// "Poll now" from /Feeds: the feeds an editor asked for, and a wake-up for this instance's background poller before
// its interval is up. Requests made while a pass runs make one more pass after it, not one each.
public sealed class FeedPollRequests
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly HashSet<int> _requested = [];

    public void Request(int feedId)
    {
        lock (_requested)
        {
            _requested.Add(feedId);
        }

        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending.
        }
    }

    // The feeds asked for since the last pass that took them.
    public IReadOnlyCollection<int> Take()
    {
        lock (_requested)
        {
            var taken = _requested.ToList();
            _requested.Clear();
            return taken;
        }
    }

    // True at the interval's end or at a request; false once the app stops.
    public async Task<bool> WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct)
    {
        using var tick = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var elapsed = Task.Delay(interval, clock, tick.Token);
        var woken = _wake.WaitAsync(tick.Token);
        try
        {
            await Task.WhenAny(elapsed, woken);
        }
        finally
        {
            await tick.CancelAsync();
        }

        return !ct.IsCancellationRequested;
    }
}
