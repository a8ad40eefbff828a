namespace NewsTracker.Core.Extraction.Sieves;

// "… “every means at our disposal” to any incursion, according to a statement from the port authority."
// and "…, in the words of Dr. Mara Quist.": a cue later in the quote's sentence, after a comma.
internal sealed class AccordingToLaterSieve : IAttributionSieve
{
    public const string Rule = "according-to-later";

    private const int MaxDistance = 40;
    private const int MaxSourceTokens = 14;

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        var a = context.Analysis;
        var tokens = a.Tokens;
        var start = a.Document.TokenIndexAt(context.Span.OuterEnd);
        var sentence = a.SentenceOf(Math.Max(0, start - 1));
        for (var k = start; k + 2 < tokens.Count && a.SentenceOf(k) == sentence && k - start < MaxDistance; k++)
        {
            if (a.InsideQuote(k) || !tokens[k].Is(a.Text, ','))
            {
                continue;
            }

            var cue = AttributionCues.LengthAt(a, k + 1, tokens.Count, closing: true);
            if (cue == 0)
            {
                continue;
            }

            var source = k + 1 + cue;
            var end = source;
            while (end < tokens.Count && a.SentenceOf(end) == sentence && !a.EndsSentence(end) && end - source < MaxSourceTokens)
            {
                end++;
            }

            var phrase = end > source ? SpeakerPhraseParser.Describe(a, source, end) : null;
            return phrase is null ? null : new Attribution(phrase, Rule, k + 1);
        }

        return null;
    }
}
