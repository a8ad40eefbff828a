namespace NewsTracker.Core.Extraction.Sieves;

// "…," according to the ministry.
internal sealed class QuoteAccordingToSieve : IAttributionSieve
{
    public const string Rule = "quote-according-to";

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        if (context.CueAfter == 0)
        {
            return null;
        }

        var source = SpeakerPhraseParser.AfterCue(context.Analysis, context.AfterStart + context.CueAfter, context.AfterLimit);
        return source is null ? null : new Attribution(source, Rule, context.AfterStart);
    }
}
