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
            return phrase is not null && (phrase.StartToken == s || TitleApposedBefore(a, s, phrase.StartToken)) && !ClauseSpeakerVerbSieve.IsRebuttal(a, phrase)
                ? new Attribution(phrase, Rule, v)
                : null;
        }

        return null;
    }

    // "“…,” the President of the Harbour Council, Ingrid Voss, said": a title in commas right before the name opens the
    // window; the name is the speaker.
    private static bool TitleApposedBefore(ArticleAnalysis a, int start, int name)
    {
        if (name - start < 3 || !a.Tokens[name - 1].Is(a.Text, ',') || !Lexicon.Determiners.Contains(a.Text, a.Tokens[start]))
        {
            return false;
        }

        var hasTitle = false;
        for (var k = start + 1; k < name - 1; k++)
        {
            var token = a.Tokens[k];
            if (a.InsideQuote(k) || a.IsSpeechVerb(k) || (token.Kind == TokenKind.Punct && !token.Is(a.Text, '-')))
            {
                return false;
            }

            hasTitle |= Lexicon.TitleWords.Contains(a.Text, token) || Lexicon.RoleNouns.Contains(a.Text, token);
        }

        return hasTitle;
    }
}
