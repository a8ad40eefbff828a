using System.Globalization;
using System.Text.Json;

namespace NewsTracker.Core.Articles;

// Reads article files: plain text (first non-empty line is the title), Markdown with an optional
// front-matter block (title, outlet, url, author, date), or JSON (one article object or an array).
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

    public static IReadOnlyList<NewArticle> Parse(string fileName, string content) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".json" => ParseJson(content),
            ".md" => [ParseMarkdown(content)],
            _ => [ParseText(content)],
        };

    public static NewArticle ParseText(string content)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var titleIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (titleIndex < 0)
        {
            return new NewArticle(string.Empty, string.Empty);
        }

        var body = string.Join('\n', lines.Skip(titleIndex + 1)).Trim();
        return new NewArticle(lines[titleIndex].Trim(), body);
    }

    private static NewArticle ParseMarkdown(string content)
    {
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return StripHeading(ParseText(text));
        }

        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            return StripHeading(ParseText(text));
        }

        var meta = text[4..end].Split('\n')
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim().Trim('"', '\''));
        // The body starts on the line after the closing "---", so a body opening with a list keeps its dashes.
        var closingLineEnd = text.IndexOf('\n', end + 1);
        var rest = closingLineEnd < 0 ? string.Empty : text[(closingLineEnd + 1)..];
        var parsed = meta.TryGetValue("title", out var title) ? new NewArticle(title, rest.Trim()) : StripHeading(ParseText(rest));
        return parsed with
        {
            Outlet = meta.GetValueOrDefault("outlet"),
            Url = meta.GetValueOrDefault("url"),
            Author = meta.GetValueOrDefault("author"),
            PublishedUtc = ParseDate(meta.GetValueOrDefault("date") ?? meta.GetValueOrDefault("published")),
        };
    }

    private static NewArticle StripHeading(NewArticle article) => article with { Title = article.Title.TrimStart('#', ' ') };

    private static List<NewArticle> ParseJson(string content)
    {
        using var document = JsonDocument.Parse(content);
        return document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.EnumerateArray().Select(FromJson).ToList()
            : [FromJson(document.RootElement)];
    }

    private static NewArticle FromJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("Each JSON article must be an object with a title and a body.");
        }

        return new NewArticle(
            Text(element, "title") ?? string.Empty,
            Text(element, "body") ?? Text(element, "text") ?? string.Empty,
            Text(element, "outlet"),
            Text(element, "url"),
            Text(element, "author"),
            ParseDate(Text(element, "publishedAt") ?? Text(element, "date")));
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

    public static DateTime? ParseDate(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
}
