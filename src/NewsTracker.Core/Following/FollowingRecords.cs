using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Following;

// Why a change to a reader's saved searches or follows did not happen: Invalid input (a missing name, too many), or
// a row that is not among theirs (someone else's is "not found" too, never "forbidden").
public enum FollowingProblem
{
    None,
    Invalid,
    NotFound,
}

public sealed record FollowingResult(FollowingProblem Problem, IReadOnlyList<string> Errors, int? Id = null)
{
    public bool Succeeded => Problem == FollowingProblem.None;

    public static FollowingResult Ok(int id) => new(FollowingProblem.None, [], id);

    public static FollowingResult Invalid(string error) => new(FollowingProblem.Invalid, [error]);

    public static FollowingResult NotFound(string error) => new(FollowingProblem.NotFound, [error]);
}

// One of a reader's saved searches with what is new in it: NewCount stops at Paging.CountCap (NewCountIsCapped).
// Unknown: the search names a speaker, actor or topic the archive no longer has ("No speaker called …").
public sealed record SavedSearchRow(
    int Id,
    string Name,
    string Query,
    DateTime CreatedUtc,
    DateTime LastSeenUtc,
    int NewCount,
    bool NewCountIsCapped,
    string? FeedPrefix,
    DateTime? FeedIssuedUtc,
    IReadOnlyList<string> Unknown)
{
    public bool HasFeed => FeedPrefix is not null;
}

// A feed address just issued: the only time the token itself exists outside its owner's hands.
public sealed record NewFeedAddress(int SearchId, string Name, string Token);

// A saved search's newest matching quotes, for its Atom feed. AddedUtc: when each quote's article entered the archive.
public sealed record SearchFeed(int SearchId, string Name, string Query, IReadOnlyList<FeedEntry> Entries);

public sealed record FeedEntry(QuoteRow Quote, DateTime AddedUtc);

// The watchlist on the home page. SeenUpTo: the newest quote id when it was read, what "mark seen" marks up to, so
// a quote stored while the reader looked at the page still counts as new on their next visit.
public sealed record Watchlist(int SeenUpTo, IReadOnlyList<WatchItem> Items);

// One followed speaker, actor or topic: how many quotes are new since the reader marked it seen (NewCount stops at
// Paging.CountCap) and the newest of them.
public sealed record WatchItem(
    int FollowId,
    FollowKind Kind,
    int TargetId,
    string Slug,
    string Name,
    DateTime LastSeenUtc,
    int NewCount,
    bool NewCountIsCapped,
    IReadOnlyList<QuoteRow> Newest);
