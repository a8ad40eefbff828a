using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Corrections;

// A quote after corrections: the extractor's, or the editor's; Speaker null keeps the extractor's speaker.
public sealed record ReviewedQuote(ExtractedQuote Quote, SpeakerChoice? Speaker, bool Corrected);

// What became of each correction, in the order given: where its quote is now, or nowhere (its text is gone).
public sealed record CorrectionOutcome(CorrectionRule Rule, bool Applies, int Start, int End);

// The extraction with every correction applied, in the order they were made.
public sealed record CorrectedExtraction(ExtractionResult Extraction, IReadOnlyList<ReviewedQuote> Quotes, IReadOnlyList<CorrectionOutcome> Outcomes)
{
    public IReadOnlyList<CorrectionRule> NoLongerApply => [.. Outcomes.Where(o => !o.Applies).Select(o => o.Rule)];

    public IReadOnlyList<SpeakerChoice?> Speakers => [.. Quotes.Select(q => q.Speaker)];
}

// Applies corrections to a fresh extraction. A correction finds its quote by text; when the extractor no longer
// finds that quote but the text is still in the body, the quote is kept as the editor left it (a speaker or kind
// correction says it is a quote); when the text is gone, the correction no longer applies.
public static class CorrectionApplier
{
    public static CorrectedExtraction Apply(
        ExtractionResult extraction,
        IReadOnlyList<CorrectionRule> rules,
        Func<IReadOnlyList<(int Start, int End, QuoteKind Kind)>, IReadOnlyList<ExtractedQuote>> tagPassages)
    {
        var body = extraction.CleanBody;
        var slots = extraction.Quotes.Select(q => new Slot(q)).ToList();
        var outcomes = new List<CorrectionOutcome>();
        foreach (var rule in rules)
        {
            var matches = slots.Where(s => string.Equals(s.Quote.Text, rule.Text, StringComparison.Ordinal)).ToList();
            var at = matches.Count == 0 ? Locate(body, rule.Text, rule.Start) : -1;
            if (matches.Count == 0 && at < 0)
            {
                outcomes.Add(new CorrectionOutcome(rule, false, rule.Start, rule.End));
                continue;
            }

            if (rule.Kind == QuoteCorrectionKind.Rejected)
            {
                slots.RemoveAll(matches.Contains);
                var start = matches.Count > 0 ? matches[0].Quote.Start : at;
                outcomes.Add(new CorrectionOutcome(rule, true, start, matches.Count > 0 ? matches[0].Quote.End : at + rule.Text.Length));
                continue;
            }

            if (matches.Count == 0)
            {
                var passage = tagPassages([(at, at + rule.Text.Length, rule.QuoteKind)])[0];
                var slot = new Slot(passage) { Speaker = rule.Speaker };
                slots.Add(slot);
                matches.Add(slot);
            }

            foreach (var slot in matches)
            {
                slot.Corrected = true;
                if (rule.Kind is QuoteCorrectionKind.SpeakerChanged or QuoteCorrectionKind.Added)
                {
                    slot.Speaker = rule.Speaker;
                }

                if (rule.Kind is QuoteCorrectionKind.KindChanged or QuoteCorrectionKind.Added)
                {
                    slot.Quote = slot.Quote with { Kind = rule.QuoteKind };
                }
            }

            outcomes.Add(new CorrectionOutcome(rule, true, matches[0].Quote.Start, matches[0].Quote.End));
        }

        var quotes = slots
            .OrderBy(s => s.Quote.Start).ThenBy(s => s.Quote.Kind)
            .Select(s => new ReviewedQuote(s.Quote, s.Speaker, s.Corrected))
            .ToList();
        var topics = extraction.Topics.Concat(quotes.SelectMany(q => q.Quote.Topics))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(t => quotes.Any(q => q.Quote.Topics.Contains(t, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        var corrected = extraction with { Quotes = quotes.Select(q => q.Quote).ToList(), Topics = topics };
        return new CorrectedExtraction(corrected, quotes, outcomes);
    }

    // The occurrence of text nearest to where it was: a sentence printed twice is found at its own place.
    public static int Locate(string body, string text, int near)
    {
        if (string.IsNullOrEmpty(text))
        {
            return -1;
        }

        var best = -1;
        for (var at = body.IndexOf(text, StringComparison.Ordinal); at >= 0; at = body.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(at - near) < Math.Abs(best - near))
            {
                best = at;
            }
        }

        return best;
    }

    private sealed class Slot(ExtractedQuote quote)
    {
        public ExtractedQuote Quote { get; set; } = quote;

        public SpeakerChoice? Speaker { get; set; }

        public bool Corrected { get; set; }
    }
}
