namespace NewsTracker.Core.Extraction.Sieves;

// "Ada Quist, Korvex's head of exploration, said … “…,” the Norwegian executive said": a state's adjective and a post
// that no holder of the article carries by that name stand for the one person the sentence before names, as copy
// varies a name it has just given. Tried after every other title sieve and the person tied to the state, before the title is left unresolved.
internal sealed class NationalityPreviousPersonSieve : ISpeakerSieve
{
    public const string Rule = "nationality-previous-person";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var start = context.Phrase.StartToken;
        if (Demonym(a, start, context.Phrase.EndToken) is not { } demonym)
        {
            return null;
        }

        // Not a person the words tie to no state of the phrase while others are tied to it.
        var sentence = PreviousSentence(a, start);
        return sentence >= 0 && a.People.OnlyPersonIn(sentence) is { } mention
            && NationalityDescribedPersonSieve.TiedPeople(a, start, demonym) is var tied && (tied.Count == 0 || tied.Contains(mention.Person))
            ? SpeakerContext.Found(mention.Person, Rule)
            : null;
    }

    // "the Norwegian executive": the state's adjective of a three-word phrase of "the", the adjective and a post, else null.
    public static string? Demonym(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        return end - start == 3 && tokens[start].Is(text, "the") && tokens[start + 1].IsCapitalized(text)
            && a.Catalogue.DemonymOf(tokens[start + 1].Span(text)) is { } demonym && tokens[start + 1].Span(text).SequenceEqual(demonym)
            && (Lexicon.RoleNouns.Contains(text, tokens[end - 1]) || Lexicon.TitleWords.Contains(text, tokens[end - 1]))
            ? demonym
            : null;
    }

    // The sentence before the one the phrase stands in, a quotation the phrase attributes passed over.
    private static int PreviousSentence(ArticleAnalysis a, int phrase)
    {
        var k = phrase - 1;
        while (k >= 0 && (a.InsideQuote(k) || a.Tokens[k].Kind == TokenKind.Punct))
        {
            k--;
        }

        if (k < 0)
        {
            return -1;
        }

        if (a.SentenceOf(k) == a.SentenceOf(phrase))
        {
            var own = a.SentenceOf(phrase);
            while (k >= 0 && a.SentenceOf(k) == own)
            {
                k--;
            }
        }

        return k < 0 ? -1 : a.SentenceOf(k);
    }
}
