using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Following;

// A reader's saved searches: each is theirs alone (another reader's is "not found"), counts what is new since they
// last opened it, and may have a secret feed address. Searches are kept as /Quotes query strings; the caller says
// how one reads as a filter (filterOf), so the page's own reading of its query string is the only one.
public sealed class SavedSearchService(NewsDbContext db, QuoteService quotes, TimeProvider clock)
{
    public const int FeedSize = 50;

    private IQueryable<SavedSearch> Searches => db.Set<SavedSearch>();

    public async Task<FollowingResult> SaveAsync(string userId, string? name, string? query, CancellationToken ct)
    {
        var cleanQuery = (query ?? string.Empty).Trim().TrimStart('?');
        if (CheckName(name) is { } nameError)
        {
            return FollowingResult.Invalid(nameError);
        }

        if (cleanQuery.Length > SavedSearch.QueryMaxLength)
        {
            return FollowingResult.Invalid($"These filters are too long to save (at most {SavedSearch.QueryMaxLength} characters).");
        }

        if (await Searches.CountAsync(s => s.UserId == userId, ct) >= SavedSearch.MaxPerReader)
        {
            return FollowingResult.Invalid($"You have {SavedSearch.MaxPerReader} saved searches, the most one person keeps; delete one first.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var search = new SavedSearch
        {
            UserId = userId,
            Name = name!.Trim(),
            Query = cleanQuery,
            LastSeenQuoteId = await NewQuotes.HighWaterAsync(db, ct),
            CreatedUtc = now,
            LastSeenUtc = now,
        };
        db.Add(search);
        await db.SaveChangesAsync(ct);
        return FollowingResult.Ok(search.Id);
    }

    // The reader's searches by name, each with its count of quotes new since they last opened it.
    public async Task<List<SavedSearchRow>> ListAsync(string userId, Func<string, QuoteFilter> filterOf, CancellationToken ct)
    {
        var searches = await Searches.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.Query, s.CreatedUtc, s.LastSeenUtc, s.LastSeenQuoteId, s.FeedPrefix, s.FeedIssuedUtc })
            .ToListAsync(ct);
        var rows = new List<SavedSearchRow>(searches.Count);
        foreach (var s in searches)
        {
            var found = await NewQuotes.FindAsync(quotes, filterOf(s.Query), s.LastSeenQuoteId, take: 1, ct);
            rows.Add(new SavedSearchRow(s.Id, s.Name, s.Query, s.CreatedUtc, s.LastSeenUtc, found.Quotes.Total, found.Quotes.TotalIsCapped,
                s.FeedPrefix, s.FeedIssuedUtc, found.Unknown.Select(u => u.Message).ToList()));
        }

        return rows;
    }

    // Opening a search from the list: everything stored so far is seen. Its query string, or null when it is not theirs.
    public async Task<string?> OpenAsync(string userId, int id, CancellationToken ct)
    {
        var query = await Searches.AsNoTracking().Where(s => s.Id == id && s.UserId == userId).Select(s => s.Query).FirstOrDefaultAsync(ct);
        if (query is null)
        {
            return null;
        }

        var seen = await NewQuotes.HighWaterAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await Searches.Where(s => s.Id == id && s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenQuoteId, x => x.LastSeenQuoteId > seen ? x.LastSeenQuoteId : seen).SetProperty(x => x.LastSeenUtc, now), ct);
        return query;
    }

    public async Task<FollowingResult> RenameAsync(string userId, int id, string? name, CancellationToken ct)
    {
        if (await FindAsync(userId, id, ct) is not { } search)
        {
            return FollowingResult.NotFound("There is no such search among yours.");
        }

        if (CheckName(name) is { } error)
        {
            return FollowingResult.Invalid(error);
        }

        search.Name = name!.Trim();
        await db.SaveChangesAsync(ct);
        return FollowingResult.Ok(id);
    }

    public async Task<FollowingResult> DeleteAsync(string userId, int id, CancellationToken ct) =>
        await Searches.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(ct) > 0
            ? FollowingResult.Ok(id)
            : FollowingResult.NotFound("There is no such search among yours.");

    // A new secret feed address for the search; the one it had (if any) stops working at once.
    public async Task<NewFeedAddress?> IssueFeedAsync(string userId, int id, CancellationToken ct)
    {
        if (await FindAsync(userId, id, ct) is not { } search)
        {
            return null;
        }

        var token = FeedToken.Create();
        search.FeedHash = FeedToken.Hash(token);
        search.FeedPrefix = FeedToken.Prefix(token);
        search.FeedIssuedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new NewFeedAddress(search.Id, search.Name, token);
    }

    public async Task<FollowingResult> RevokeFeedAsync(string userId, int id, CancellationToken ct)
    {
        var changed = await Searches.Where(s => s.Id == id && s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FeedHash, (string?)null).SetProperty(x => x.FeedPrefix, (string?)null).SetProperty(x => x.FeedIssuedUtc, (DateTime?)null), ct);
        return changed > 0 ? FollowingResult.Ok(id) : FollowingResult.NotFound("There is no such search among yours.");
    }

    // The newest quotes of the search a feed address belongs to, or null when the address is unknown, revoked, or
    // its owner's account is disabled. Reading a feed changes nothing: what is new on /Searches stays new.
    public async Task<SearchFeed?> FeedAsync(string? token, Func<string, QuoteFilter> filterOf, int take, CancellationToken ct)
    {
        if (!FeedToken.LooksValid(token))
        {
            return null;
        }

        var hash = FeedToken.Hash(token!);
        var search = await Searches.AsNoTracking()
            .Where(s => s.FeedHash == hash && db.Users.Any(u => u.Id == s.UserId && !u.IsDisabled))
            .Select(s => new { s.Id, s.Name, s.Query })
            .FirstOrDefaultAsync(ct);
        if (search is null)
        {
            return null;
        }

        var found = await NewQuotes.FindAsync(quotes, filterOf(search.Query), lastSeenQuoteId: null, take, ct);
        var articleIds = found.Quotes.Items.Select(q => q.Article.Id).Distinct().ToList();
        var added = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.AddedUtc, ct);
        var entries = found.Quotes.Items.Select(q => new FeedEntry(q, added.GetValueOrDefault(q.Article.Id))).ToList();
        return new SearchFeed(search.Id, search.Name, search.Query, entries);
    }

    private Task<SavedSearch?> FindAsync(string userId, int id, CancellationToken ct) =>
        Searches.FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct);

    private static string? CheckName(string? name) => name?.Trim() switch
    {
        null or "" => "Give the search a name.",
        { Length: > SavedSearch.NameMaxLength } => $"A search name can be at most {SavedSearch.NameMaxLength} characters.",
        _ => null,
    };
}
