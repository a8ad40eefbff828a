using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Sieves;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

// Reads a short text the way extraction does and hands a sieve the context of one of its quotations.
internal static class SieveText
{
    public static ArticleAnalysis Read(string text) =>
        new(new ArticleDocument(ArticleCleaner.Clean(text)), Extractor.Catalogue);

    // The context of the quotation whose text starts with `quoteStart` (the first one when null).
    public static QuoteContext Quote(string text, string? quoteStart = null)
    {
        var analysis = Read(text);
        var span = analysis.Spans.First(s => quoteStart is null || analysis.Text[s.Start..].StartsWith(quoteStart, StringComparison.Ordinal));
        return new QuoteContext(analysis, span);
    }
}
