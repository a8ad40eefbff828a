using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Articles;

public sealed record ArticleRow(int Id, string Title, string? Outlet, string? Url, DateTime? PublishedUtc, DateTime AddedUtc, int QuoteCount);

public sealed record ArticleDuplicate(int ArticleId, string Reason);

public sealed record ArticleDetails(
    int Id,
    string Title,
    string? Outlet,
    string? Url,
    string? Author,
    DateTime? PublishedUtc,
    DateTime AddedUtc,
    string CleanBody,
    IReadOnlyList<TopicRef> Topics,
    IReadOnlyList<ArticleQuote> Quotes);

public sealed record ArticleQuote(
    int Id,
    string Text,
    QuoteKind Kind,
    SpeakerRef? Speaker,
    string? SpeakerAsWritten,
    int StartOffset,
    int EndOffset,
    double Confidence,
    string? AttributionRule,
    int StatementId,
    int ReportCount,
    IReadOnlyList<ActorLink> Actors,
    IReadOnlyList<TopicRef> Topics);
