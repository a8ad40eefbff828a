using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Jobs;

// Takes or renews a job's lease for this instance in one statement each, so two instances asking at once cannot
// both get it: the update succeeds only for the holder or once the lease has expired, and the first insert of a
// lease is refused by its primary key for everyone but one.
public sealed class JobLeases(NewsDbContext db, TimeProvider clock) : IJobLeases
{
    // Named once per process: the machine (cut short), the process, and a random part for a restarted process.
    public static readonly string ThisInstance =
        $"{Environment.MachineName[..Math.Min(Environment.MachineName.Length, 40)]}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    // True when holder now holds the lease for the next `duration`.
    public async Task<bool> TryTakeAsync(string name, string holder, TimeSpan duration, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var renewed = await db.Set<JobLease>()
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresUtc <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresUtc, until), ct);
        if (renewed == 1)
        {
            return true;
        }

        if (await db.Set<JobLease>().AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        db.Set<JobLease>().Add(new JobLease { Name = name, Holder = holder, ExpiresUtc = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the lease between the two statements: it holds it.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    // Gives the lease up at once (an instance stopping), so another need not wait for it to expire.
    public Task ReleaseAsync(string name, string holder, CancellationToken ct) =>
        db.Set<JobLease>().Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(ct);
}
