namespace NewsTracker.Core.Extraction.Sieves;

// "- Harbour Minister Ilse Varga: “…”": a name and a colon, as liveblogs and summaries write it, with no
// speech verb before the colon.
internal sealed class NameColonSieve : IAttributionSieve
{
    public const string Rule = "name-colon";

    // "On the budget: “…”" introduces a topic, not a speaker.
    private static readonly WordSet TopicWords = new("on in at about regarding re for of to from with over asked");

    // "She was blunter on Nordvik: “…”", "a message to Moscow: “…”": the name is what the words are about or for.
    private static readonly WordSet Objects = new("on in at about regarding over to for with against", indexed: false);

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        var a = context.Analysis;
        var open = context.Open;
        var floor = context.Floor;
        if (context.IntroducingColon(minTokens: 1) < 0
            || HasSpeechVerb(a, floor, open - 1)
            || SpeakerPhraseParser.Before(a, NameEnd(a, open - 1, floor), floor) is not { Form: SpeakerForm.Name or SpeakerForm.Organisation or SpeakerForm.Title } named
            || TopicWords.Contains(a.Text, a.Tokens[named.StartToken])
            || (named.StartToken - 1 > floor && Objects.Contains(a.Text, a.Tokens[named.StartToken - 1])))
        {
            return null;
        }

        // "Commander Ivo Marsh, Commanding Officer of the Coast Guard: “…”", "Ivo Marsh, Deputy Minister of Ports: “…”":
        // the name before the appositive speaks, whether the post reads as a body, a name or a bare title.
        if ((named.Form is SpeakerForm.Organisation or SpeakerForm.Title
                || (named.Form == SpeakerForm.Name && Lexicon.TitleWords.Contains(a.Text, a.Tokens[named.StartToken])))
            && FirstComma(a, floor, named.StartToken) is var comma and > 0
            && SpeakerPhraseParser.Before(a, comma, floor) is { Form: SpeakerForm.Name } person)
        {
            return new Attribution(person, Rule, open - 1);
        }

        // A title alone before the colon ("Deputy Minister of Ports: “…”") is left to the sieves that find its holder.
        return named.Form == SpeakerForm.Title ? null : new Attribution(named, Rule, open - 1);
    }

    private static int FirstComma(ArticleAnalysis a, int floor, int before)
    {
        for (var k = floor + 1; k < before; k++)
        {
            if (a.Tokens[k].Is(a.Text, ','))
            {
                return k;
            }
        }

        return -1;
    }

    // Where the name before the colon ends: "Pensioner Olga Petrenko, 71: “…”" gives her age between them.
    private static int NameEnd(ArticleAnalysis a, int colon, int floor) =>
        colon - 3 > floor && Ages.GivenAt(a, colon - 2) > 0 ? colon - 2 : colon;

    private static bool HasSpeechVerb(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!a.InsideQuote(k) && a.IsSpeechVerb(k))
            {
                return true;
            }
        }

        return false;
    }
}
