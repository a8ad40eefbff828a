using NewsTracker.Core.Articles;

namespace NewsTracker.Core.Feeds;

// A source's RSS or Atom feed the archive follows: polled when due, each new item's page fetched and imported
// through the same checks as any article. The conditional-GET validators and the counters are the poller's.
public sealed class Feed
{
    public const int UrlMaxLength = Article.UrlMaxLength;
    public const int ErrorMaxLength = 500;
    public const int ValidatorMaxLength = 200;
    public const int MinPollMinutes = 5;
    public const int MaxPollMinutes = 24 * 60;

    public int Id { get; set; }
    public required string Url { get; set; }
    public string? Outlet { get; set; }
    public int PollMinutes { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTime CreatedUtc { get; set; }

    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public DateTime? LastPolledUtc { get; set; }
    public DateTime? LastNewItemUtc { get; set; }
    public int ItemsAdded { get; set; }
    public int ConsecutiveFailures { get; set; }
    public string? LastError { get; set; }

    public List<FeedItem> Items { get; } = [];

    public bool IsDue(DateTime nowUtc) => Enabled && (LastPolledUtc is not { } last || last.AddMinutes(PollMinutes) <= nowUtc);
}

// An item link the poller has settled, so the next poll neither fetches nor imports it again. Items that failed for
// a passing reason (a timeout) are not recorded and are tried again.
public sealed class FeedItem
{
    public const int MessageMaxLength = 500;

    public int Id { get; set; }
    public int FeedId { get; set; }
    public required string Link { get; set; }
    public DateTime SeenUtc { get; set; }
    public FeedItemOutcome Outcome { get; set; }
    public int? ArticleId { get; set; }
    public string? Message { get; set; }
}

public enum FeedItemOutcome
{
    Added = 1,
    Duplicate = 2,
    Refused = 3,
}
