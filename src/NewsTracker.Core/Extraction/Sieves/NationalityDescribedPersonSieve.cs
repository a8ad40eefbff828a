namespace NewsTracker.Core.Extraction.Sieves;

// "Ada Quist, a researcher at Oslo's FNI, … the Norwegian expert argued": a state's adjective and a post stand for the
// one person the article has tied to that state, by the state, its capital or its adjective in the words around the
// name (before it, in the appositive after it, or earlier in a sentence naming nobody else). Two such people, or
// none, and the sieve after it tries the person the sentence before names.
internal sealed class NationalityDescribedPersonSieve : ISpeakerSieve
{
    public const string Rule = "nationality-described-person";

    private const int Reach = 16;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var start = context.Phrase.StartToken;
        if (NationalityPreviousPersonSieve.Demonym(a, start, context.Phrase.EndToken) is not { } demonym)
        {
            return null;
        }

        var tied = TiedPeople(a, start, demonym);
        return tied.Count == 1 ? SpeakerContext.Found(tied[0], Rule) : null;
    }

    // The people named before token `before` whose words tie them to the state of `demonym`.
    public static List<ArticlePerson> TiedPeople(ArticleAnalysis a, int before, string demonym)
    {
        var tied = new List<ArticlePerson>(2);
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex >= before)
            {
                break;
            }

            if (mention.TokenIndex >= 0 && !a.InsideQuote(mention.TokenIndex) && !tied.Contains(mention.Person)
                && !a.People.IsNamedBody(mention.Person.Name) && TiedTo(a, mention, demonym))
            {
                tied.Add(mention.Person);
            }
        }

        return tied;
    }

    // Whether the words around a mention of a person name the state: the run of capitalised words and titles just
    // before the name ("Turkish researcher", "Ankara's envoy"), the appositive after it, or its sentence before it when
    // the sentence names nobody else ("The Russian team was led by …").
    private static bool TiedTo(ArticleAnalysis a, MentionOfPerson mention, string demonym)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var nameEnd = mention.TokenIndex;
        while (nameEnd < tokens.Count && Names.IsNamePart(a, nameEnd) && nameEnd - mention.TokenIndex < 5)
        {
            nameEnd++;
        }

        // "Qatari Deputy Minister of Energy Eng. <name>", "the Deputy Minister of the Russian Federation, <name>": capitalised
        // words, titles, their "of" and "the", abbreviations' dots and the comma of an apposed title.
        for (var k = mention.TokenIndex - 1; k >= 0 && k >= mention.TokenIndex - 8 && a.SentenceOf(k) == mention.Sentence; k--)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Possessive || token.Is(text, "of") || token.Is(text, "for") || token.Is(text, "the")
                || (k == mention.TokenIndex - 1 && token.Is(text, ','))
                || (token.Is(text, '.') && k > 0 && tokens[k - 1].End == token.Start && tokens[k - 1].IsCapitalized(text)))
            {
                continue;
            }

            if (token.Kind != TokenKind.Word || !(token.IsCapitalized(text) || Lexicon.RoleNouns.Contains(text, token) || Lexicon.TitleWords.Contains(text, token)))
            {
                break;
            }

            if (NamesState(a, k, demonym))
            {
                return true;
            }
        }

        // An appositive, not the next person of a list ("…, and the Deputy Minister of …").
        if (nameEnd + 1 < tokens.Count && tokens[nameEnd].Is(text, ',') && !tokens[nameEnd + 1].Is(text, "and") && !tokens[nameEnd + 1].Is(text, "or"))
        {
            for (var k = nameEnd + 1; k < tokens.Count && k <= nameEnd + Reach && a.SentenceOf(k) == mention.Sentence; k++)
            {
                if (tokens[k].Kind == TokenKind.Punct && text[tokens[k].Start] is not ('-' or '–'))
                {
                    break;
                }

                if (NamesState(a, k, demonym))
                {
                    return true;
                }
            }
        }

        if (a.People.OnlyPersonIn(mention.Sentence) is not { } only || only.Person != mention.Person)
        {
            return false;
        }

        // Before the name only: a state named after it is more often what the person spoke of than where they are from.
        for (var k = a.SentenceStart(mention.TokenIndex); k < mention.TokenIndex; k++)
        {
            if (!a.InsideQuote(k) && NamesState(a, k, demonym))
            {
                return true;
            }
        }

        return false;
    }

    // "Turkish", "Turkey", "Ankara" or "Ankara-based" for "Turkish".
    private static bool NamesState(ArticleAnalysis a, int k, string demonym)
    {
        var token = a.Tokens[k];
        if (token.Kind != TokenKind.Word || !token.IsCapitalized(a.Text))
        {
            return false;
        }

        var word = token.Span(a.Text);
        var hyphen = word.IndexOf('-');
        if (hyphen > 0)
        {
            word = word[..hyphen];
        }

        return a.Catalogue.DemonymOf(word) is { } found && found.Equals(demonym, StringComparison.Ordinal);
    }
}
