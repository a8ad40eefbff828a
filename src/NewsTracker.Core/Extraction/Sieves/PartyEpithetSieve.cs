namespace NewsTracker.Core.Extraction.Sieves;

// "Senator Dale Prouty posted that the deal was a mistake. The Ohio Republican later told reporters…": a party descriptor
// after a sentence of narration that named a single person (only a quote between), whose party the article has not
// given, tells who that person is rather than pointing back to someone introduced with it. Nobody introduced with the
// descriptor (PartyMemberSieve) goes first; a person introduced with another party is never the one.
internal sealed class PartyEpithetSieve : ISpeakerSieve
{
    public const string Rule = "party-epithet";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var start = context.Phrase.StartToken;
        if (PartyMemberSieve.Descriptor.Read(a, context.Phrase) is not { } wanted || PartyMemberSieve.Fitting(context, wanted).Count > 0)
        {
            return null;
        }

        // "“…,” the Ohio Republican said": the phrase's own sentence names nobody before it, so the last sentence of
        // narration before it does (the quote between is no narration).
        var sentence = a.SentenceOf(start);
        var (any, named) = NamedIn(a, sentence, start);
        if (!any && NarrationBefore(a, start, sentence) is { } previous)
        {
            (_, named) = NamedIn(a, previous, int.MaxValue);
        }

        return named is not null && named.Name.Contains(' ', StringComparison.Ordinal) && !HasParty(a, named, start)
            ? SpeakerContext.Found(named, Rule)
            : null;
    }

    private static int? NarrationBefore(ArticleAnalysis a, int start, int sentence)
    {
        for (var k = start - 1; k >= 0; k--)
        {
            if (a.SentenceOf(k) < sentence && a.Tokens[k].Kind == TokenKind.Word && !a.InsideQuote(k))
            {
                return a.SentenceOf(k);
            }
        }

        return null;
    }

    // Whether the sentence names anyone outside quotes before `before`, and the person when it names exactly one.
    private static (bool Any, ArticlePerson? One) NamedIn(ArticleAnalysis a, int sentence, int before)
    {
        ArticlePerson? named = null;
        foreach (var mention in a.People.Mentions)
        {
            if (mention.Sentence != sentence || mention.TokenIndex >= before || a.InsideQuote(mention.TokenIndex))
            {
                continue;
            }

            if (named is not null && named != mention.Person)
            {
                return (true, null);
            }

            named = mention.Person;
        }

        return (named is not null, named);
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
                if (PartyLexicon.IsPartyWord(a.Text, a.Tokens[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
