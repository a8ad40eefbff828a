using System.Globalization;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;

namespace NewsTracker.Web.Api;

// POST /api/articles and PUT /api/articles/{id}. PublishedAt is an ISO 8601 date or date-time (UTC unless it says
// otherwise); Version (PUT only) is the version the change starts from.
public sealed record ArticleWriteRequest(string? Title, string? Outlet, string? Url, string? Author, string? PublishedAt, string? Body, int? Version = null)
{
    public NewArticle ToArticle(Dictionary<string, string[]> errors)
    {
        DateTime? published = null;
        if (!string.IsNullOrWhiteSpace(PublishedAt))
        {
            if (DateTimeOffset.TryParse(PublishedAt.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                published = parsed.UtcDateTime;
            }
            else
            {
                errors["publishedAt"] = ["publishedAt must be an ISO 8601 date, such as 2022-01-21 or 2022-01-21T10:00:00Z."];
            }
        }

        return new NewArticle(Title?.Trim() ?? string.Empty, Body ?? string.Empty, Outlet, Url, Author, published);
    }
}

// POST /api/articles/{id}/quotes: offsets into the article's cleaned text ([start, end)).
public sealed record MissedQuoteRequest(int? Start, int? End, string? Speaker, string? Kind);

public sealed record ArticleWriteResponse(
    int Id,
    string Title,
    string? Outlet,
    string? Url,
    string? Author,
    DateTime? PublishedAt,
    int Version,
    IReadOnlyList<ArticleQuoteItem> Quotes,
    IReadOnlyList<string> NoLongerApply)
{
    public static ArticleWriteResponse From(ArticleDetails article, int version, IReadOnlyList<string>? noLongerApply = null) => new(
        article.Id,
        article.Title,
        article.Outlet,
        article.Url,
        article.Author,
        ApiText.Utc(article.PublishedUtc),
        version,
        article.Quotes.Select(ArticleQuoteItem.From).ToList(),
        noLongerApply ?? []);
}

public sealed record ArticleQuoteItem(
    int Id, string Text, string Kind, QuoteSpeaker? Speaker, int Start, int End, double Confidence, IReadOnlyList<string> Actors, IReadOnlyList<string> Topics)
{
    public static ArticleQuoteItem From(ArticleQuote quote) => new(
        quote.Id,
        quote.Text,
        ApiText.Kind(quote.Kind),
        quote.Speaker is { } speaker ? new QuoteSpeaker(speaker.Id, speaker.Name) : null,
        quote.StartOffset,
        quote.EndOffset,
        quote.Confidence,
        quote.Actors.Select(a => a.Name).ToList(),
        quote.Topics.Select(t => t.Name).ToList());
}

// PATCH /api/quotes/{id}: the quote after the correction; a dropped quote is the quote as it was, Rejected true.
public sealed record QuoteCorrectionResponse(
    int Id, string Text, string Kind, QuoteSpeaker? Speaker, QuoteArticle Article, IReadOnlyList<string> Actors, IReadOnlyList<string> Topics,
    bool Rejected, IReadOnlyList<string> NoLongerApply)
{
    public static QuoteCorrectionResponse From(QuoteItem quote, bool rejected, IReadOnlyList<string>? noLongerApply) =>
        new(quote.Id, quote.Text, quote.Kind, quote.Speaker, quote.Article, quote.Actors, quote.Topics, rejected, noLongerApply ?? []);
}

// Core's rules key each message by the field it is about; the API groups them as problem details' errors.
internal static class ApiFields
{
    public static Dictionary<string, string[]> Of(IEnumerable<FieldError>? messages, Dictionary<string, string[]>? into = null)
    {
        var errors = into ?? [];
        foreach (var (field, message) in messages ?? [])
        {
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        }

        return errors;
    }
}
