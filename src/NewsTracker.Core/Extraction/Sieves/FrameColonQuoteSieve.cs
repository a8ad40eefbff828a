namespace NewsTracker.Core.Extraction.Sieves;

// "Holm's verdict was that of a sceptic: “…”", "Her answer: “…”", "The message from Oslo was blunt: “…”": a noun for
// what was said opens the sentence, its owner or source names the speaker, and a colon brings in the quotation, with
// no speech verb (the noun itself may be one: "answer", "reply"). "The answer is simple: “…”" names nobody and is left alone.
internal sealed class FrameColonQuoteSieve : IAttributionSieve
{
    public const string Rule = "frame-colon-quote";

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        var a = context.Analysis;
        var colon = context.IntroducingColon(minTokens: 2);
        if (colon < 0)
        {
            return null;
        }

        for (var k = context.Floor; k < colon; k++)
        {
            if (a.InsideQuote(k) || (a.IsSpeechVerb(k) && !FrameColonSieve.FrameNouns.Contains(a.Text, a.Tokens[k])))
            {
                return null;
            }
        }

        return (FrameColonSieve.NounFrameSource(a, context.Floor, colon) ?? OwnWordsSource(a, context.Floor, colon)) is { Form: not SpeakerForm.Anonymous } source
            ? new Attribution(source, Rule, colon)
            : null;
    }

    private static readonly WordSet Owners = new("his her their its", indexed: false);

    // Lower-case words inside a title or a name: "Minister for Justice", "Ursula von Dahl".
    private static readonly WordSet NameLinks = new("for of and the de del da di van von der", indexed: false);

    // "Foreign Minister Ada Quist followed with a post of her own: “…”", "Quist shared the video with her comment: “…”":
    // the sentence's subject introduces words of their own. "Quist read out a line of the declaration: “…”" is not hers.
    private static SpeakerPhrase? OwnWordsSource(ArticleAnalysis a, int floor, int colon)
    {
        var verb = floor + 1;
        while (verb < colon && !(a.Tokens[verb].Kind == TokenKind.Word && char.IsLower(a.Text[a.Tokens[verb].Start]) && !NameLinks.Contains(a.Text, a.Tokens[verb])))
        {
            verb++;
        }

        for (var noun = verb + 1; noun < colon; noun++)
        {
            if (!SpeechNouns.Set.Contains(a.Text, a.Tokens[noun]))
            {
                continue;
            }

            var owned = Owners.Contains(a.Text, a.Tokens[noun - 1])
                || (noun + 3 < colon + 1 && a.Tokens[noun + 1].Is(a.Text, "of") && Owners.Contains(a.Text, a.Tokens[noun + 2]) && a.Tokens[noun + 3].Is(a.Text, "own"));
            if (owned && SpeakerPhraseParser.Before(a, verb, floor) is { Form: SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Organisation } subject
                && subject.StartToken == floor)
            {
                return subject;
            }
        }

        return null;
    }
}
