namespace NewsTracker.Core.Extraction.Sieves;

// "…," said the minister.
internal sealed class QuoteVerbSpeakerSieve : IAttributionSieve
{
    public const string Rule = "quote-verb-speaker";

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        if (!context.VerbOpensAfter)
        {
            return null;
        }

        // "…”, said the council had no plan": a finite verb after the words makes them the subject of a clause.
        var a = context.Analysis;
        var inverted = SpeakerPhraseParser.After(a, context.AfterStart + 1, context.AfterLimit);
        return inverted is null || (inverted.EndToken < a.Tokens.Count && ReportedClause.IsFiniteMarker(a, inverted.EndToken))
            ? null
            : new Attribution(inverted, Rule, context.AfterStart);
    }
}
