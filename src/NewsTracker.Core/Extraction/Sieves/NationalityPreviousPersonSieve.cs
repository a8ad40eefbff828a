namespace NewsTracker.Core.Extraction.Sieves;

// "Ada Quist, Korvex's head of exploration, said … “…,” the Norwegian executive said": a state's adjective and a post
// that no holder of the article carries by that name stand for the one person the sentence before names, as copy
// varies a name it has just given. Tried after every other title sieve, before the title is left unresolved.
internal sealed class NationalityPreviousPersonSieve : ISpeakerSieve
{
    public const string Rule = "nationality-previous-person";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var (text, tokens) = (a.Text, a.Tokens);
        var (start, end) = (context.Phrase.StartToken, context.Phrase.EndToken);
        if (end - start != 3 || !tokens[start].Is(text, "the") || !tokens[start + 1].IsCapitalized(text)
            || a.Catalogue.DemonymOf(tokens[start + 1].Span(text)) is not { } demonym || !tokens[start + 1].Span(text).SequenceEqual(demonym)
            || !(Lexicon.RoleNouns.Contains(text, tokens[end - 1]) || Lexicon.TitleWords.Contains(text, tokens[end - 1])))
        {
            return null;
        }

        var sentence = PreviousSentence(a, start);
        return sentence >= 0 && a.People.OnlyPersonIn(sentence) is { } mention ? SpeakerContext.Found(mention.Person, Rule) : null;
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
