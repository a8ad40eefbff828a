using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Following;

// The speakers, actors and topics a reader follows, and what is new in each since they marked it seen. Every call
// acts on the reader's own rows only.
public sealed class FollowService(NewsDbContext db, QuoteService quotes, TimeProvider clock)
{
    private IQueryable<Follow> Follows => db.Set<Follow>();

    // Following what one already follows changes nothing; what is new starts from now.
    public async Task<FollowingResult> FollowAsync(string userId, FollowKind kind, int targetId, CancellationToken ct)
    {
        var exists = kind == FollowKind.Topic
            ? await db.Topics.AnyAsync(t => t.Id == targetId, ct)
            : await db.Actors.AnyAsync(a => a.Id == targetId, ct);
        if (!exists)
        {
            return FollowingResult.NotFound(kind == FollowKind.Topic ? "There is no such topic." : "There is no such actor.");
        }

        if (await Of(userId, kind, targetId).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            return FollowingResult.Ok(existing);
        }

        if (await Follows.CountAsync(f => f.UserId == userId, ct) >= Follow.MaxPerReader)
        {
            return FollowingResult.Invalid($"You follow {Follow.MaxPerReader} speakers, actors and topics, the most one watchlist holds; unfollow one first.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var follow = new Follow
        {
            UserId = userId,
            Kind = kind,
            ActorId = kind == FollowKind.Topic ? null : targetId,
            TopicId = kind == FollowKind.Topic ? targetId : null,
            LastSeenQuoteId = await NewQuotes.HighWaterAsync(db, ct),
            CreatedUtc = now,
            LastSeenUtc = now,
        };
        db.Add(follow);
        try
        {
            await db.SaveChangesAsync(ct);
            return FollowingResult.Ok(follow.Id);
        }
        catch (DbUpdateException)
        {
            // A second click that won the race: the unique index kept it to one follow.
            db.Entry(follow).State = EntityState.Detached;
            return await Of(userId, kind, targetId).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct) is { } raced
                ? FollowingResult.Ok(raced)
                : throw new InvalidOperationException("The follow could not be stored.");
        }
    }

    public async Task UnfollowAsync(string userId, FollowKind kind, int targetId, CancellationToken ct) =>
        await Of(userId, kind, targetId).ExecuteDeleteAsync(ct);

    public Task<bool> IsFollowingAsync(string userId, FollowKind kind, int targetId, CancellationToken ct) =>
        Of(userId, kind, targetId).AnyAsync(ct);

    // Each followed one by name, with its count of new quotes and the newest `take` of them.
    public async Task<Watchlist> WatchlistAsync(string userId, int take, CancellationToken ct)
    {
        var seenUpTo = await NewQuotes.HighWaterAsync(db, ct);
        var follows = await Follows.AsNoTracking()
            .Where(f => f.UserId == userId)
            .Select(f => new
            {
                f.Id,
                f.Kind,
                TargetId = f.TopicId ?? f.ActorId ?? 0,
                Slug = f.Topic != null ? f.Topic.Slug : f.Actor!.Slug,
                Name = f.Topic != null ? f.Topic.Name : f.Actor!.Name,
                f.LastSeenQuoteId,
                f.LastSeenUtc,
            })
            .ToListAsync(ct);
        var items = new List<WatchItem>(follows.Count);
        foreach (var f in follows.OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(f => f.Kind))
        {
            var found = (await NewQuotes.FindAsync(quotes, FilterOf(f.Kind, f.TargetId), f.LastSeenQuoteId, take, ct)).Quotes;
            items.Add(new WatchItem(f.Id, f.Kind, f.TargetId, f.Slug, f.Name, f.LastSeenUtc, found.Total, found.TotalIsCapped, found.Items));
        }

        return new Watchlist(seenUpTo, items);
    }

    // Marks one follow (or, with no id, all of the reader's) seen up to the quote id the watchlist was read at, so a
    // quote stored since stays new. False when the follow is not theirs.
    public async Task<bool> MarkSeenAsync(string userId, int? followId, int seenUpTo, CancellationToken ct)
    {
        var upTo = Math.Min(seenUpTo, await NewQuotes.HighWaterAsync(db, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await Follows.Where(f => f.UserId == userId && (followId == null || f.Id == followId))
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.LastSeenQuoteId, x => x.LastSeenQuoteId > upTo ? x.LastSeenQuoteId : upTo).SetProperty(x => x.LastSeenUtc, now), ct);
        return followId is null || changed > 0;
    }

    // The filter that lists a followed one's quotes, as its own page does.
    public static QuoteFilter FilterOf(FollowKind kind, int targetId)
    {
        var id = targetId.ToString(CultureInfo.InvariantCulture);
        return kind switch
        {
            FollowKind.Speaker => new QuoteFilter(Speaker: id),
            FollowKind.Actor => new QuoteFilter(Actor: id),
            _ => new QuoteFilter(Topic: id),
        };
    }

    private IQueryable<Follow> Of(string userId, FollowKind kind, int targetId) => kind == FollowKind.Topic
        ? Follows.Where(f => f.UserId == userId && f.Kind == FollowKind.Topic && f.TopicId == targetId)
        : Follows.Where(f => f.UserId == userId && f.Kind == kind && f.ActorId == targetId);
}
