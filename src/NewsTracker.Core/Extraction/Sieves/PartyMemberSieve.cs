using System.Text.RegularExpressions;

namespace NewsTracker.Core.Extraction.Sieves;

// "the Tennessee Republican said", "the Ohio Democrat", "the Republican senator": a party (and state, and title) the
// article gave one person it introduced ("Sen. Tom Berrow (R-Tenn.)", "Tom Berrow, a Republican from Tennessee,").
// Two people who fit, or none, leave the phrase to PartyMemberUnresolvedSieve.
internal sealed class PartyMemberSieve : ISpeakerSieve
{
    public const string Rule = "party-member";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        Descriptor.Read(context.Analysis, context.Phrase) is { } wanted && Fitting(context, wanted) is [var one] ? SpeakerContext.Found(one, Rule) : null;

    // The people introduced before the phrase with its party (and state and title); at most two, enough to tell one from several.
    public static List<ArticlePerson> Fitting(SpeakerContext context, Descriptor wanted)
    {
        var found = new List<ArticlePerson>(2);
        foreach (var person in context.Analysis.People.People)
        {
            // "the Tennessee Republican said" is itself read as a capitalised pair; it is no candidate.
            if (person.Name.Split(' ').Any(w => PartyLexicon.PartyOfWord(w) is not null) || !Fits(context, person, wanted))
            {
                continue;
            }

            found.Add(person);
            if (found.Count == 2)
            {
                break;
            }
        }

        return found;
    }

    // Party, state and title as the article introduced the person, over all mentions before the phrase.
    private static bool Fits(SpeakerContext context, ArticlePerson person, Descriptor wanted)
    {
        var a = context.Analysis;
        var (party, state, titled) = (false, wanted.State is null, wanted.Title is null || SpeakerContext.Matches(person.Role, wanted.Title));
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex >= context.Position)
            {
                break;
            }

            if (mention.Person != person || mention.TokenIndex < 0)
            {
                continue;
            }

            var (from, to) = IntroductionWindow.Of(a, mention);
            var words = a.Text[a.Tokens[from].Start..a.Tokens[to - 1].End];
            foreach (Match letter in PartyLexicon.PartyLetter().Matches(words))
            {
                party |= PartyLexicon.PartyOfLetter(letter.Groups[1].Value) == wanted.Party;
                state |= PartyLexicon.StateAbbreviated(letter.Groups[2].Value) == wanted.State;
            }

            for (var k = from; k < to; k++)
            {
                party |= a.Tokens[k].IsCapitalized(a.Text) && PartyLexicon.PartyOfWord(a.Tokens[k].Span(a.Text)) == wanted.Party;
                titled |= wanted.Title is not null && a.Tokens[k].Is(a.Text, wanted.Title);
            }

            state |= wanted.State is not null && HasWords(words, wanted.State.Name);
        }

        return party && state && titled;
    }

    // The name as whole words ("New York", not "New Yorker"), without building a pattern from lexicon text per call.
    public static bool HasWords(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // "the Tennessee Republican", "the Republican senator", "the New York Democrat": the, a state, a party, a title.
    internal sealed record Descriptor(Party Party, State? State, string? Title)
    {
        public static Descriptor? Read(ArticleAnalysis a, SpeakerPhrase phrase)
        {
            var (text, tokens) = (a.Text, a.Tokens);
            var (start, end) = (phrase.StartToken, phrase.EndToken);
            if (end - start < 2 || !tokens[start].Is(text, "the"))
            {
                return null;
            }

            var k = start + 1;
            State? state = null;
            for (var length = 2; length >= 1 && state is null; length--)
            {
                if (k + length < end)
                {
                    state = PartyLexicon.StateNamed(text.AsSpan(tokens[k].Start, tokens[k + length - 1].End - tokens[k].Start));
                    k += state is null ? 0 : length;
                }
            }

            var party = tokens[k].IsCapitalized(text) ? PartyLexicon.PartyOfWord(tokens[k].Span(text)) : null;
            if (party is null)
            {
                return null;
            }

            k++;
            string? title = null;
            while (k < end && OfficeHolderSieve.Office.IsTitle(a, k) && !tokens[k].IsCapitalized(text))
            {
                title = tokens[k].Text(text);
                k++;
            }

            return k == end ? new Descriptor(party, state, title) : null;
        }
    }
}
