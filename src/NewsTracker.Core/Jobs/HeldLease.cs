using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsTracker.Core.Jobs;

// One holder's lease on one name, for work that must run on one instance at a time: taken (each try in a scope of its
// own), kept while the work runs by renewing it every third of its time, and given up after. Background jobs and feed
// passes both hold their work this way.
internal sealed class HeldLease(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger, string name, string holder, TimeSpan duration)
{
    // Raised after each renewal (true: still held), for tests to step the clock after it.
    public event Action<bool>? Renewed;

    public async Task<bool> TryTakeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IJobLeases>().TryTakeAsync(name, holder, duration, ct);
    }

    // Renews the lease until `ct` is cancelled (the work is over). Often enough that two renewals can fail in a row
    // (a slow database) before the lease runs out.
    public async Task KeepAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(duration / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                bool held;
                try
                {
                    held = await TryTakeAsync(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The next tick tries again; the lease lasts three ticks.
                    logger.LogWarning(ex, "Renewing the lease {Lease} failed", name);
                    continue;
                }

                if (!held)
                {
                    // Only after renewals failed for a whole lease: another instance may now run the same work.
                    logger.LogWarning("The lease {Lease} expired and another instance took it while this one still worked under it", name);
                }

                Renewed?.Invoke(held);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The work is over, or the app is stopping.
        }
    }

    // Given up at once, so another instance need not wait for the expiry; if that fails, expiry frees it.
    public async Task ReleaseAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IJobLeases>().ReleaseAsync(name, holder, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Releasing the lease {Lease} failed; it frees itself when it expires", name);
        }
    }
}
