namespace NewsTracker.Core.Extraction.Sieves;

// "Later, the mayor was more cautious: “…”", "Quist was blunt: “…”": a speaker, a copula and how they spoke, then a
// colon and the quotation, with no speech verb. Only a person or an institution the parser reads before the copula
// counts; "The reply was short: “…”" names nobody.
internal sealed class ManneredColonSieve : IAttributionSieve
{
    public const string Rule = "speaker-was-colon";

    // "was more cautious", "was, as ever, blunt" is not read: at most this many words of manner before the colon.
    private const int MaxMannerWords = 3;

    private static readonly WordSet Copulas = new("was is were are sounded seemed appeared");

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        var a = context.Analysis;
        var floor = context.Floor;
        var colon = context.IntroducingColon(minTokens: 1);
        if (colon < 0)
        {
            return null;
        }

        // Back over the manner ("more cautious", "blunter") to the copula.
        var k = colon - 1;
        while (k > floor && colon - k <= MaxMannerWords && IsMannerWord(a, k))
        {
            k--;
        }

        if (k == colon - 1 || k <= floor || !Copulas.Contains(a.Text, a.Tokens[k]) || a.InsideQuote(k))
        {
            return null;
        }

        return SpeakerPhraseParser.Before(a, k, floor) is { Form: SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Organisation } speaker
            && (speaker.Form != SpeakerForm.Organisation || Named(a, speaker))
            ? new Attribution(speaker, Rule, k)
            : null;
    }

    // "The Kremlin", "Harbour Authority": an organisation by name, not a description ("The reply", "the mood").
    private static bool Named(ArticleAnalysis a, SpeakerPhrase phrase)
    {
        for (var t = phrase.StartToken; t < phrase.EndToken; t++)
        {
            if (a.Tokens[t].IsCapitalized(a.Text) && !a.Tokens[t].Is(a.Text, "the"))
            {
                return true;
            }
        }

        return false;
    }

    // A lower-case word of manner ("more", "cautious"): no determiner, copula, speech verb or quotation. A noun frame's
    // "short" after "The reply was" passes here and is refused by the speaker check.
    private static bool IsMannerWord(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        return token.Kind == TokenKind.Word && !token.IsCapitalized(a.Text) && !a.InsideQuote(k) && !a.IsSpeechVerb(k)
            && !Copulas.Contains(a.Text, token) && !Lexicon.Determiners.Contains(a.Text, token);
    }
}
