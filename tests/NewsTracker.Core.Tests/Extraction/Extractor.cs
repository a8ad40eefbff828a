using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

// The extractor with the shipped reference catalogue, and short ways to ask about its output.
internal static class Extractor
{
    public static readonly CompiledCatalogue Catalogue = CompiledCatalogue.Compile(ReferenceData.Catalogue);

    private static readonly QuoteExtractor Instance = new();

    public static ExtractionResult Run(string body, string? title = null) => Instance.Extract(body, Catalogue, title);

    public static IReadOnlyList<ExtractedQuote> Direct(string body) =>
        Run(body).Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();

    public static IReadOnlyList<ExtractedQuote> Indirect(string body) =>
        Run(body).Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();

    public static ExtractedQuote Single(IReadOnlyList<ExtractedQuote> quotes, string startsWith) =>
        quotes.Should().ContainSingle(q => q.Text.StartsWith(startsWith, StringComparison.Ordinal)).Subject;
}
