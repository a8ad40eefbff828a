using NewsTracker.Core.Corrections;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Articles;

// An article as the audit log keeps it (before and after a change, or what a delete took away): its metadata,
// its text, and its quotes' words and speakers, so nothing an editor removes is lost.
public sealed record ArticleSnapshot(
    string Title,
    string? Outlet,
    string? Url,
    string? Author,
    DateTime? PublishedUtc,
    string Body,
    IReadOnlyList<QuoteSnapshot> Quotes,
    IReadOnlyList<string>? Corrections = null)
{
    public static ArticleSnapshot Of(Article article, IEnumerable<Quote> quotes, IEnumerable<CorrectionRule>? corrections = null) => new(
        article.Title,
        article.Outlet,
        article.Url,
        article.Author,
        article.PublishedUtc,
        article.RawBody,
        quotes.Select(q => new QuoteSnapshot(q.Id, q.Text, q.Kind == QuoteKind.Indirect ? "indirect" : "direct", q.Speaker?.Name)).ToList(),
        corrections?.Select(c => $"{c.Describe()}: “{c.Text}”").ToList());
}

public sealed record QuoteSnapshot(int Id, string Text, string Kind, string? Speaker);
