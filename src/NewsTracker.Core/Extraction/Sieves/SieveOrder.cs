namespace NewsTracker.Core.Extraction.Sieves;

// The one place the sieves' order is written. A list is tried in order and the first sieve that settles a
// quote wins; its Name is recorded on the quote. Each sieve's confidence is a row in SieveConfidence.
internal static class SieveOrder
{
    private static readonly IAttributionSieve QuoteAccordingTo = new QuoteAccordingToSieve();
    private static readonly IAttributionSieve QuoteVerbSpeaker = new QuoteVerbSpeakerSieve();
    private static readonly IAttributionSieve QuoteSpeakerVerb = new QuoteSpeakerVerbSieve();
    private static readonly IAttributionSieve AccordingToQuote = new AccordingToQuoteSieve();
    private static readonly IAttributionSieve NameColon = new NameColonSieve();
    private static readonly IAttributionSieve SpeakerVerbQuote = new SpeakerVerbQuoteSieve();
    private static readonly IAttributionSieve ReportedFragment = new ReportedFragmentSieve();
    private static readonly IAttributionSieve AccordingToLater = new AccordingToLaterSieve();

    // A direct quote's own attribution: the words right after the quote first, then those before it, then a
    // fragment's reporting verb, then a cue later in the sentence.
    public static readonly IReadOnlyList<IAttributionSieve> Attribution =
    [
        QuoteAccordingTo, QuoteVerbSpeaker, QuoteSpeakerVerb,
        AccordingToQuote, NameColon, SpeakerVerbQuote,
        ReportedFragment,
        AccordingToLater,
    ];

    // A quote that ends its sentence ("…the budget.” She added…) belongs to the speaker who introduced
    // it: the same sieves, the words before it first.
    public static readonly IReadOnlyList<IAttributionSieve> AttributionEndingSentence =
    [
        AccordingToQuote, NameColon, SpeakerVerbQuote,
        QuoteAccordingTo, QuoteVerbSpeaker, QuoteSpeakerVerb,
        ReportedFragment,
        AccordingToLater,
    ];

    public static Attribution? Attribute(QuoteContext context)
    {
        var sieves = context.EndsSentence ? AttributionEndingSentence : Attribution;
        for (var i = 0; i < sieves.Count; i++)
        {
            if (sieves[i].Try(context) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // Whether the attribution was read after the quote: only then may the next quote continue it
    // ("We are ready," she said, "but…").
    public static bool ReadAfterQuote(Attribution attribution) =>
        attribution.Rule is QuoteAccordingToSieve.Rule or QuoteVerbSpeakerSieve.Rule or QuoteSpeakerVerbSieve.Rule;
}
