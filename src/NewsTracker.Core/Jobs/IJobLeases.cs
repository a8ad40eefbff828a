namespace NewsTracker.Core.Jobs;

// Leases that let one instance at a time, among all on the database, run a job (JobLeases is the real one).
public interface IJobLeases
{
    // True when holder now holds the lease for the next `duration` (taken, or renewed by its holder).
    Task<bool> TryTakeAsync(string name, string holder, TimeSpan duration, CancellationToken ct);

    Task ReleaseAsync(string name, string holder, CancellationToken ct);
}
