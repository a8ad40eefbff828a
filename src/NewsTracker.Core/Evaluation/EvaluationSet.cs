using System.Text.Json;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Evaluation;

public sealed record EvaluationArticle(string Name, string Title, string Body, IReadOnlyList<GoldQuote> Gold);

public sealed record LoadedEvaluationSet(IReadOnlyList<EvaluationArticle> Articles, IReadOnlyList<string> WithoutGold);

// Reads an annotated set: NNN-slug.txt (import format) beside NNN-slug.gold.json, or one such .txt.
public static class EvaluationSet
{
    public const string GoldSuffix = ".gold.json";

    public static LoadedEvaluationSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var articles = new List<EvaluationArticle>();
            var withoutGold = new List<string>();
            foreach (var file in Directory.EnumerateFiles(path, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
            {
                if (File.Exists(GoldPathFor(file)))
                {
                    articles.Add(LoadArticle(file));
                }
                else
                {
                    withoutGold.Add(file);
                }
            }

            return new LoadedEvaluationSet(articles, withoutGold);
        }

        if (File.Exists(path))
        {
            if (!File.Exists(GoldPathFor(path)))
            {
                throw new FileNotFoundException($"No gold file {Path.GetFileName(GoldPathFor(path))} beside {path}.", GoldPathFor(path));
            }

            return new LoadedEvaluationSet([LoadArticle(path)], []);
        }

        throw new FileNotFoundException($"No such file or folder: {path}", path);
    }

    public static string GoldPathFor(string articlePath) =>
        Path.Combine(Path.GetDirectoryName(articlePath) ?? string.Empty, Path.GetFileNameWithoutExtension(articlePath) + GoldSuffix);

    public static EvaluationArticle LoadArticle(string articlePath)
    {
        var article = ArticleFileReader.Parse(articlePath, File.ReadAllText(articlePath))[0];
        var gold = ParseGold(File.ReadAllText(GoldPathFor(articlePath)));
        return new EvaluationArticle(Path.GetFileNameWithoutExtension(articlePath), article.Title, article.Body, gold);
    }

    public static IReadOnlyList<GoldQuote> ParseGold(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A gold file must be an object with a \"quotes\" array.");
        }

        var result = new List<GoldQuote>();
        foreach (var quote in quotes.EnumerateArray())
        {
            var text = quote.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
            var kindText = quote.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            var kind = kindText?.ToLowerInvariant() switch
            {
                "direct" => QuoteKind.Direct,
                "indirect" => QuoteKind.Indirect,
                _ => throw new FormatException($"Gold quote \"{text}\" has kind \"{kindText}\"; expected direct or indirect."),
            };
            var speaker = quote.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            result.Add(new GoldQuote(text, kind, speaker));
        }

        return result;
    }
}
