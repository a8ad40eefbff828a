using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Actors;

// Actors that look like extraction junk ("The", "Russia that", "P"), for editors to merge or delete:
// the least quoted first, since those are the safest to clean up.
public sealed class SuspiciousActors(NewsDbContext db)
{
    public const int DefaultPageSize = 50;

    public async Task<PagedResult<SuspiciousActor>> ListAsync(int page, int pageSize, CancellationToken ct)
    {
        page = Paging.ClampPage(page);
        pageSize = pageSize < 1 ? DefaultPageSize : Math.Min(pageSize, Paging.MaxPageSize);
        var matching = db.Actors.AsNoTracking().Where(ActorRules.LooksSuspicious());
        var counted = await matching.Take(Paging.CountCap + 1).CountAsync(ct);
        var total = Math.Min(counted, Paging.CountCap);
        var skip = (page - 1) * pageSize;
        var rows = skip >= total
            ? []
            : await matching
                .OrderBy(a => a.QuoteCount + a.MentionCount).ThenBy(a => a.Name).ThenBy(a => a.Id)
                .Skip(skip)
                .Take(pageSize)
                .Select(a => new { a.Id, a.Slug, a.Name, a.Kind, a.QuoteCount, a.MentionCount })
                .ToListAsync(ct);
        var items = rows
            .Select(a => new SuspiciousActor(a.Id, a.Slug, a.Name, a.Kind, a.QuoteCount, a.MentionCount,
                ActorRules.SuspicionsAbout(a.Name, a.Kind, a.QuoteCount, a.MentionCount)))
            .ToList();
        return new PagedResult<SuspiciousActor>(items, total, page, pageSize, counted > Paging.CountCap);
    }
}
