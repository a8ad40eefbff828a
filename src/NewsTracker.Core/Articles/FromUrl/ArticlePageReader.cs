using System.Text;
using SmartReader;

namespace NewsTracker.Core.Articles.FromUrl;

// A web page's main text and metadata (title, byline, published date, site name), read by SmartReader
// (a port of Mozilla's Readability), shaped for the article form: paragraphs apart by blank lines, within the limits.
public static class ArticlePageReader
{
    public static ArticlePageResult Read(string url, string html)
    {
        var page = new Reader(url, html).GetArticle();
        if (!page.IsReadable || string.IsNullOrWhiteSpace(page.TextContent))
        {
            return ArticlePageResult.Failed("No article text was found on that page; copy the text into the form instead.");
        }

        var notes = new List<string>();
        var body = Paragraphs(page.TextContent);
        if (body.Length > Article.BodyMaxLength)
        {
            body = body[..Article.BodyMaxLength];
            notes.Add($"The page's text was cut to the first {Article.BodyMaxLength:N0} characters.");
        }

        var published = page.PublicationDate is { } date ? date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc) : (DateTime?)null;
        if (published is null)
        {
            notes.Add("The page gives no published date; add it if you know it, or the article is saved undated.");
        }

        return new ArticlePageResult(new ArticleDraft(
            Fit(page.Title, Article.TitleMaxLength),
            Fit(page.SiteName, Article.OutletMaxLength),
            url,
            Fit(string.IsNullOrWhiteSpace(page.Author) ? page.Byline : page.Author, Article.AuthorMaxLength),
            published?.Date,
            body,
            notes), null);
    }

    private static string Paragraphs(string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    private static string? Fit(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var single = new StringBuilder(value.Length);
        foreach (var part in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            single.Append(single.Length == 0 ? string.Empty : " ").Append(part);
        }

        var text = single.ToString();
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}
