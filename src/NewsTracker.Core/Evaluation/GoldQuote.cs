using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Evaluation;

// One annotated quote of the evaluation set (tests/eval-set/NNN-slug.gold.json).
public sealed record GoldQuote(string Text, QuoteKind Kind, string? Speaker);

// What the extractor produced, reduced to what the scorer looks at.
public sealed record PredictedQuote(string Text, QuoteKind Kind, string? Speaker, string? SpeakerAsWritten = null, string Rule = "")
{
    public static PredictedQuote From(Extraction.ExtractedQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new PredictedQuote(quote.Text, quote.Kind, quote.Speaker?.Name, quote.SpeakerAsWritten, quote.Rule);
    }
}
