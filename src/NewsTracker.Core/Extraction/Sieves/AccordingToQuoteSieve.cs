namespace NewsTracker.Core.Extraction.Sieves;

// According to the ministry, “…”.
internal sealed class AccordingToQuoteSieve : IAttributionSieve
{
    public const string Rule = "according-to-quote";

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        if (context.CueBefore == 0)
        {
            return null;
        }

        var source = SpeakerPhraseParser.AfterCue(context.Analysis, context.Floor + context.CueBefore, context.Open);
        return source is null ? null : new Attribution(source, Rule, context.Floor);
    }
}
