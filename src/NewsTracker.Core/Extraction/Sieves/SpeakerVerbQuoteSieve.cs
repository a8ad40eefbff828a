namespace NewsTracker.Core.Extraction.Sieves;

// The minister said: “…” (or "…said, “…”"): the nearest speech verb before the quote introduces it.
internal sealed class SpeakerVerbQuoteSieve : IAttributionSieve
{
    public const string Rule = "speaker-verb-quote";

    public string Name => Rule;

    public Attribution? Try(QuoteContext context) =>
        context.NearestSpeakerBefore() is { Rule: Rule } found ? found : null;
}
