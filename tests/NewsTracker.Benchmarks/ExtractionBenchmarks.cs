using BenchmarkDotNet.Attributes;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Benchmarks;

// Per-article figures: each invocation processes all Count inputs, and OperationsPerInvoke divides by it.
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private IReadOnlyList<NewArticle> _articles = [];
    private CompiledCatalogue _catalogue = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkArticles.Load();
        _catalogue = CompiledCatalogue.Compile(ReferenceData.Catalogue);
        Console.WriteLine(
            $"// Inputs: {_articles.Count} articles, {_articles.Min(a => a.Body.Length)}-{_articles.Max(a => a.Body.Length)} chars, mean {_articles.Average(a => a.Body.Length):F0}");
    }

    [Benchmark(Description = "Extract (4 KB article)", OperationsPerInvoke = BenchmarkArticles.Count)]
    public int Extract()
    {
        var quotes = 0;
        foreach (var article in _articles)
        {
            quotes += _extractor.Extract(article.Body, _catalogue, article.Title).Quotes.Count;
        }

        return quotes;
    }

    [Benchmark(Description = "Clean only (4 KB article)", OperationsPerInvoke = BenchmarkArticles.Count)]
    public int Clean()
    {
        var length = 0;
        foreach (var article in _articles)
        {
            length += ArticleCleaner.Clean(article.Body).Length;
        }

        return length;
    }

    [Benchmark(Description = "Compile reference catalogue")]
    public CompiledCatalogue CompileCatalogue() => CompiledCatalogue.Compile(ReferenceData.Catalogue);
}
