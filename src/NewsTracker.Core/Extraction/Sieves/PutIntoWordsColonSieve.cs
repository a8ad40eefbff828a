namespace NewsTracker.Core.Extraction.Sieves;

// "Paganelli put the objection plainly: “…”", "Lund summed up the mood: “…”", "She phrased it differently: “…”": the
// subject of a verb of putting into words, what was put and how, then a colon and the quotation. No speech verb stands
// between; the subject is a person, a title or a body the parser reads before the verb.
internal sealed class PutIntoWordsColonSieve : IAttributionSieve
{
    public const string Rule = "speaker-put-colon";

    // "put the Italian objection plainly": at most this many words between the verb and the colon.
    private const int MaxWordsAfterVerb = 6;

    private static readonly WordSet PutVerbs = new("put puts summed sums phrased phrases framed frames", indexed: false);

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        var a = context.Analysis;
        var colon = context.IntroducingColon(minTokens: 2);
        if (colon < 0)
        {
            return null;
        }

        for (var k = colon - 1; k > context.Floor && colon - k <= MaxWordsAfterVerb + 1; k--)
        {
            var token = a.Tokens[k];
            if (token.Kind is not (TokenKind.Word or TokenKind.Possessive) || a.InsideQuote(k) || a.IsSpeechVerb(k))
            {
                return null;
            }

            if (PutVerbs.Contains(a.Text, token) && char.IsLower(a.Text[token.Start]) && k + 1 < colon)
            {
                return SpeakerPhraseParser.Before(a, k, context.Floor) is { Form: SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Organisation or SpeakerForm.Pronoun } speaker
                    ? new Attribution(speaker, Rule, k)
                    : null;
            }
        }

        return null;
    }
}
