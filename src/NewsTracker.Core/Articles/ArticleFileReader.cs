using System.Globalization;
using System.Text.Json;

namespace NewsTracker.Core.Articles;

// Reads article files: plain text (optional header lines, then the first non-empty line is the title), Markdown
// with an optional front-matter block (title, outlet, url, author, date), or JSON (one article object or an array).
public static class ArticleFileReader
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".md", ".json"];

    // A folder of articles may carry its own README, gold annotations or hidden files; none is an article.
    public static bool IsArticleFile(string path)
    {
        var name = Path.GetFileName(path);
        return Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)
            && !name.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith('.')
            && !Path.GetFileNameWithoutExtension(name).Equals("README", StringComparison.OrdinalIgnoreCase);
    }

    // Why a file cannot be imported by its name alone, or null: only .txt, .md and .json hold articles.
    public static string? ImportProblem(string name) =>
        Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase) || ArticleZip.IsZip(name)
            ? null
            : $"“{Path.GetFileName(name)}” is not a .txt, .md, .json or .zip file.";

    public static IReadOnlyList<NewArticle> Parse(string fileName, string content) =>
        Read(fileName, content).Select(a => a.Article).ToList();

    // The articles of a file, each with what could not be read in it (an unreadable date) as warnings.
    public static IReadOnlyList<FileArticle> Read(string fileName, string content) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".json" => ParseJson(content),
            ".md" => [ReadMarkdown(content)],
            _ => [ReadText(content)],
        };

    public static NewArticle ParseText(string content) => ReadText(content).Article;

    // Header lines first (Title:, Date:, Outlet:, URL:, Author:), then the title line unless a header gave it, then
    // the body. Without a Date: line, a wire dateline opening the body ("KYIV, Jan 24 (Reuters) -") dates the article
    // when its year is known (written, or in the URL); its outlet fills a missing Outlet:.
    public static FileArticle ReadText(string content)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (first < 0)
        {
            return new FileArticle(new NewArticle(string.Empty, string.Empty), []);
        }

        var meta = TextHeaders.Read(lines, ref first);
        var titleIndex = meta.ContainsKey("title") ? first - 1 : Array.FindIndex(lines, first, l => !string.IsNullOrWhiteSpace(l));
        var title = meta.GetValueOrDefault("title") ?? (titleIndex < 0 ? string.Empty : lines[titleIndex].Trim());
        var body = titleIndex + 1 >= lines.Length ? string.Empty : string.Join('\n', lines.Skip(titleIndex + 1)).Trim();
        var warnings = new List<string>();
        var article = new NewArticle(title, body, meta.GetValueOrDefault("outlet"), meta.GetValueOrDefault("url"), meta.GetValueOrDefault("author"),
            Date(meta.GetValueOrDefault("date"), warnings));
        return new FileArticle(meta.ContainsKey("date") ? article : WithDateline(article, warnings), warnings);
    }

    private static NewArticle WithDateline(NewArticle article, List<string> warnings)
    {
        if (Dateline.Read(article.Body) is not { } dateline)
        {
            return article;
        }

        var date = dateline.Date(TextHeaders.YearInUrl(article.Url));
        if (date is null)
        {
            warnings.Add($"The dateline gives {dateline.Describe()} but no year, so the article is undated; add a “Date:” line to date it.");
        }

        return article with { PublishedUtc = date, Outlet = article.Outlet ?? dateline.Outlet };
    }

    private static FileArticle ReadMarkdown(string content)
    {
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return StripHeading(ReadText(text));
        }

        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            return StripHeading(ReadText(text));
        }

        var meta = text[4..end].Split('\n')
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim().Trim('"', '\''));
        // The body starts on the line after the closing "---", so a body opening with a list keeps its dashes.
        var closingLineEnd = text.IndexOf('\n', end + 1);
        var rest = closingLineEnd < 0 ? string.Empty : text[(closingLineEnd + 1)..];
        var warnings = new List<string>();
        var parsed = meta.TryGetValue("title", out var title) ? new NewArticle(title, rest.Trim()) : StripHeading(ReadText(rest)).Article;
        var article = parsed with
        {
            Outlet = meta.GetValueOrDefault("outlet"),
            Url = meta.GetValueOrDefault("url"),
            Author = meta.GetValueOrDefault("author"),
            PublishedUtc = Date(meta.GetValueOrDefault("date") ?? meta.GetValueOrDefault("published"), warnings),
        };
        return new FileArticle(article, warnings);
    }

    private static FileArticle StripHeading(FileArticle read) =>
        read with { Article = read.Article with { Title = read.Article.Title.TrimStart('#', ' ') } };

    private static List<FileArticle> ParseJson(string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Select(FromJson).ToList()
                : [FromJson(document.RootElement)];
        }
        catch (JsonException ex)
        {
            // The parser's own message names byte positions and its internals; the editor needs the line.
            var line = ex.LineNumber is { } number ? $" near line {number + 1}" : string.Empty;
            throw new FormatException($"The file is not valid JSON{line}.", ex);
        }
    }

    private static FileArticle FromJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("Each JSON article must be an object with a title and a body.");
        }

        var warnings = new List<string>();
        var article = new NewArticle(
            Text(element, "title") ?? string.Empty,
            Text(element, "body") ?? Text(element, "text") ?? string.Empty,
            Text(element, "outlet"),
            Text(element, "url"),
            Text(element, "author"),
            Date(Text(element, "publishedAt") ?? Text(element, "date"), warnings));
        return new FileArticle(article, warnings);
    }

    private static string? Text(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    // A date that is there but cannot be read is reported, never dropped without a word.
    private static DateTime? Date(string? value, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var date = ParseDate(value);
        if (date is null)
        {
            warnings.Add($"The date “{Shorten(value.Trim())}” could not be read, so the article is undated.");
        }

        return date;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..39] + "…";

    public static DateTime? ParseDate(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
}

public sealed record FileArticle(NewArticle Article, IReadOnlyList<string> Warnings);
