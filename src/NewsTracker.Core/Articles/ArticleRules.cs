using System.Globalization;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Articles;

// The checks every way in (form, import, API) shares; the form adds its own messages on top.
public static class ArticleRules
{
    // A published date may run ahead of the server's clock by up to a day (time zones, embargoed wire copy).
    public static readonly TimeSpan FutureAllowance = TimeSpan.FromDays(1);

    // NowUtc is the clock the future-date rule reads; null means the system clock.
    public static IReadOnlyList<string> Validate(NewArticle article, DateTime? nowUtc = null) =>
        Check(article, nowUtc).Select(e => e.Message).ToList();

    // The same checks, each message keyed by the field it is about.
    public static IReadOnlyList<FieldError> Check(NewArticle article, DateTime? nowUtc = null)
    {
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, message));

        if (TitleProblem(article.Title) is { } title)
        {
            Add(InputFields.Title, title);
        }

        if (string.IsNullOrWhiteSpace(article.Body))
        {
            Add(InputFields.Body, "The article body is required.");
        }
        else if (article.Body.Length > Article.BodyMaxLength)
        {
            Add(InputFields.Body, $"The article body is longer than {Article.BodyMaxLength:N0} characters.");
        }
        else if (ArticleText.Problem(article.Body) is { } body)
        {
            Add(InputFields.Body, $"The article body {body}.");
        }

        if (PublishedProblem(article.PublishedUtc, nowUtc ?? DateTime.UtcNow) is { } published)
        {
            Add(InputFields.PublishedAt, published);
        }

        if (article.Outlet?.Trim().Length > Article.OutletMaxLength)
        {
            Add(InputFields.Outlet, $"The outlet is longer than {Article.OutletMaxLength} characters.");
        }

        if (article.Author?.Trim().Length > Article.AuthorMaxLength)
        {
            Add(InputFields.Author, $"The author is longer than {Article.AuthorMaxLength} characters.");
        }

        if (!string.IsNullOrWhiteSpace(article.Url) && NormalizeUrl(article.Url, out var tooLong) is null)
        {
            Add(InputFields.Url, tooLong ? UrlTooLongMessage : "The URL must be an absolute http or https address.");
        }

        return errors;
    }

    // Empty, only invisible characters (zero-width spaces, joiners, fillers), too long, or not text.
    public static string? TitleProblem(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "A title is required.";
        }

        if (ArticleText.IsInvisible(title))
        {
            return "The title has no visible characters (only spaces, zero-width or other invisible characters).";
        }

        if (title.Trim().Length > Article.TitleMaxLength)
        {
            return $"The title is longer than {Article.TitleMaxLength} characters.";
        }

        return ArticleText.Problem(title) is { } problem ? $"The title {problem}." : null;
    }

    public static string? PublishedProblem(DateTime? publishedUtc, DateTime nowUtc) =>
        publishedUtc is { } published && published > nowUtc + FutureAllowance
            ? $"The published date {published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is in the future; give the date the article was published."
            : null;

    public static readonly string UrlTooLongMessage =
        $"The URL is longer than {Article.UrlMaxLength} characters once its spaces and non-ASCII characters are escaped (%XX).";

    public static string? NormalizeUrl(string? url) => NormalizeUrl(url, out _);

    // One spelling per URL so "https://x.org/a" and "https://x.org/a#top" are the same article.
    // TooLong says the URL was refused for its length, as typed or as stored.
    public static string? NormalizeUrl(string? url, out bool tooLong)
    {
        tooLong = false;
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (url.Trim().Length > Article.UrlMaxLength)
        {
            tooLong = true;
            return null;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var builder = new UriBuilder(uri) { Fragment = string.Empty };
        if (builder.Uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        // Escaping can make the stored spelling several times longer than the typed one ("é" is "%C3%A9").
        var normalized = builder.Uri.AbsoluteUri;
        if (normalized.Length > Article.UrlMaxLength)
        {
            tooLong = true;
            return null;
        }

        return normalized;
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
