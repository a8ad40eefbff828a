namespace NewsTracker.Core.Extraction.Sieves;

// "Senator Dale Prouty posted that the deal was a mistake. The Ohio Republican later told reporters…": a party descriptor
// opening the sentence after one that named a single person, whose party the article has not given, tells who that person
// is rather than pointing back to someone introduced with it. Nobody introduced with the descriptor (PartyMemberSieve)
// goes first; a person introduced with another party is never the one.
internal sealed class PartyEpithetSieve : ISpeakerSieve
{
    public const string Rule = "party-epithet";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var start = context.Phrase.StartToken;
        if (PartyMemberSieve.Descriptor.Read(a, context.Phrase) is not { } wanted
            || PartyMemberSieve.Fitting(context, wanted).Count > 0
            || start == 0 || a.SentenceOf(start - 1) == a.SentenceOf(start))
        {
            return null;
        }

        var previous = a.SentenceOf(start - 1);
        ArticlePerson? named = null;
        foreach (var mention in a.People.Mentions)
        {
            if (mention.Sentence != previous || a.InsideQuote(mention.TokenIndex))
            {
                continue;
            }

            if (named is not null && named != mention.Person)
            {
                return null;
            }

            named = mention.Person;
        }

        return named is not null && named.Name.Contains(' ', StringComparison.Ordinal) && !HasParty(a, named, start)
            ? SpeakerContext.Found(named, Rule)
            : null;
    }

    // Whether the article gave the person a party before `position`: "(D-Ohio)", "a Democrat", "Republican Dale Prouty".
    private static bool HasParty(ArticleAnalysis a, ArticlePerson person, int position)
    {
        foreach (var mention in a.People.Mentions)
        {
            if (mention.Person != person || mention.TokenIndex < 0 || mention.TokenIndex >= position)
            {
                continue;
            }

            var (from, to) = IntroductionWindow.Of(a, mention);
            var words = a.Text[a.Tokens[from].Start..a.Tokens[to - 1].End];
            if (PartyLexicon.PartyLetter().IsMatch(words))
            {
                return true;
            }

            for (var k = from; k < to; k++)
            {
                if (a.Tokens[k].IsCapitalized(a.Text) && PartyLexicon.PartyOfWord(a.Tokens[k].Text(a.Text)) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
