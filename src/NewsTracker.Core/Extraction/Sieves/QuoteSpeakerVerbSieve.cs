namespace NewsTracker.Core.Extraction.Sieves;

// "…," the minister said: the speaker phrase must open the window after the quote and end at its verb.
internal sealed class QuoteSpeakerVerbSieve : IAttributionSieve
{
    public const string Rule = "quote-speaker-verb";

    private const int MaxGap = 24;

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        if (!context.HasWordsAfter || context.CueAfter > 0 || context.VerbOpensAfter)
        {
            return null;
        }

        var a = context.Analysis;
        var s = context.AfterStart;
        for (var v = s + 1; v < context.AfterLimit && v - s <= MaxGap; v++)
        {
            if (!a.IsSpeechVerb(v))
            {
                continue;
            }

            // "“…,” a charge the ministry has denied": the narration's claim, answered; the quote is the accuser's.
            var phrase = SpeakerPhraseParser.Before(a, v, s);
            return phrase is not null && phrase.StartToken == s && !ClauseSpeakerVerbSieve.IsRebuttal(a, phrase) ? new Attribution(phrase, Rule, v) : null;
        }

        return null;
    }
}
