using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Articles;

public sealed class Article
{
    public const int TitleMaxLength = 300;
    public const int OutletMaxLength = 120;
    public const int UrlMaxLength = 2048;
    public const int AuthorMaxLength = 200;
    public const int BodyMaxLength = 200_000;
    public const int ContentHashLength = 64;

    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public string? Author { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime AddedUtc { get; set; }

    // PublishedUtc, or ReportedDate.Undated: the order lists use (undated last), stored so it can be indexed.
    public DateTime ReportedUtc { get; set; }

    // Kept in step by the writer, so a list never counts quotes per row.
    public int QuoteCount { get; set; }

    // Raised by every edit, correction and re-extraction: an editor saving over a version someone else has
    // changed since they opened it is told instead of overwriting it.
    public int Version { get; set; }

    // The body as pasted, kept so extraction can be re-run when the engine improves.
    public required string RawBody { get; set; }

    // Furniture removed; every quote offset points into this text.
    public required string CleanBody { get; set; }

    // SHA-256 of the cleaned body, whitespace-normalised: the same story pasted twice is one article.
    public required string ContentHash { get; set; }

    public List<Quote> Quotes { get; } = [];
    public List<Topic> Topics { get; } = [];
}
