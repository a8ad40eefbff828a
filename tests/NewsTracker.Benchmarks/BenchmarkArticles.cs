using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;

namespace NewsTracker.Benchmarks;

// Realistic ~4 KB inputs built from the evaluation set: each article, topped up with the paragraphs
// of the next one until its body reaches TargetChars, so every input is wire copy with quotes,
// attributions and page furniture in the proportions the set has.
public static class BenchmarkArticles
{
    public const int Count = 32;

    public const int TargetChars = 4096;

    public static IReadOnlyList<NewArticle> Load()
    {
        var root = DatabaseLocation.FindRoot(AppContext.BaseDirectory) ?? DatabaseLocation.FindRoot(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("NewsTracker.sln not found: run the benchmarks from the repository.");
        var sources = Directory.GetFiles(Path.Combine(root, "tests", "eval-set"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => ArticleFileReader.ParseText(File.ReadAllText(f)))
            .ToList();

        var inputs = new List<NewArticle>(Count);
        for (var i = 0; i < Count; i++)
        {
            var article = sources[i % sources.Count];
            var body = article.Body;
            for (var next = i + 1; body.Length < TargetChars; next++)
            {
                foreach (var paragraph in sources[next % sources.Count].Body.Split("\n\n"))
                {
                    if (body.Length >= TargetChars)
                    {
                        break;
                    }

                    body += "\n\n" + paragraph;
                }
            }

            inputs.Add(article with { Body = body });
        }

        return inputs;
    }
}
