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

        var inverted = SpeakerPhraseParser.After(context.Analysis, context.AfterStart + 1, context.AfterLimit);
        return inverted is null ? null : new Attribution(inverted, Rule, context.AfterStart);
    }
}
