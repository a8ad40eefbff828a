using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Attention;

// Charts by month read stored counts; a chart by week (or over dates that cut a month) counts a subject's filter
// rows, up to three years of them, and for a chart stacked by kind reads each quote. Those change only when the
// archive does, so such a chart is kept under the archive's version: the newest quote id (any import, from the web
// app or the command line) and the newest audit entry (every editor's change: an edit, a merge, a correction, a
// topic save). Ten minutes bound what a change nobody audits (a re-tag still running) leaves stale.
public sealed class AttentionCache : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _charts = new(new MemoryCacheOptions { SizeLimit = 1_000 });

    public async Task<T> GetOrCountAsync<T>(NewsDbContext db, object key, Func<Task<T>> count, CancellationToken ct)
    {
        var version = await VersionAsync(db, ct);
        var entryKey = (key, version);
        if (_charts.TryGetValue(entryKey, out T? kept) && kept is not null)
        {
            return kept;
        }

        var counted = await count();
        _charts.Set(entryKey, counted, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return counted;
    }

    public void Dispose() => _charts.Dispose();

    // Two index lookups (the largest key of each table).
    private static async Task<(int Quote, long Audit)> VersionAsync(NewsDbContext db, CancellationToken ct)
    {
        var quote = await db.Quotes.MaxAsync(q => (int?)q.Id, ct) ?? 0;
        var audit = await db.AuditEntries.MaxAsync(a => (long?)a.Id, ct) ?? 0;
        return (quote, audit);
    }
}
