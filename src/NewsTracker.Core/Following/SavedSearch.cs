namespace NewsTracker.Core.Following;

// A reader's named /Quotes filter state, kept as its query string ("topic=energy&speaker=lavrov") so every filter
// the page has, now or later, comes back when it is opened. LastSeenQuoteId is the reader's high-water mark: quote
// ids only grow, so a matching quote with a greater id is new to them. The feed token, like an API token, is kept
// only as its SHA-256; null when there is no feed or it was revoked.
public sealed class SavedSearch
{
    public const int NameMaxLength = 100;
    public const int QueryMaxLength = 2_000;

    // A reader's list is counted on every visit to /Searches: a bound keeps that page quick.
    public const int MaxPerReader = 50;

    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public required string Query { get; set; }

    public int LastSeenQuoteId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }

    public string? FeedHash { get; set; }

    // The token's first characters, so its owner can tell which address a feed reader holds.
    public string? FeedPrefix { get; set; }

    public DateTime? FeedIssuedUtc { get; set; }
}
