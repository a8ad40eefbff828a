using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Articles;

// A page of the article list, newest first. Q finds an article by the start of any word of its title or outlet.
public sealed record ArticleQuery(string? Q = null, int Page = 1, int PageSize = ArticleQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
}

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
