namespace NewsTracker.Core.Extraction.Sieves;

// The holder named in the next sentence: "A spokesman for the port authority said … The spokesman, Ivo Brand, added …"
// (the description repeated with the name in apposition), and for a definite title, "Freedonia's envoy called the vote
// “…”. Ilse Marr, who has represented Freedonia there since 2021, said …" (a person the article names for the first time,
// opening the next sentence with a relative clause about them, or speaking on at once: "… Ilse Marr said …").
internal sealed class HolderNamedNextSieve : ISpeakerSieve
{
    public const string Rule = "holder-named-next";

    // How far the next sentence may start after the phrase: a long sentence is not looked past.
    private const int MaxLookAhead = 60;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        var title = phrase.Form == SpeakerForm.Title;
        if (!(title || (phrase.Form == SpeakerForm.Organisation && OrganisationSpokespersonSieve.IsSpokesperson(phrase.Role))) || phrase.Role is null)
        {
            return null;
        }

        var a = context.Analysis;
        var next = NextSentenceStart(a, phrase.EndToken);
        if (next < 0)
        {
            return null;
        }

        // The description again: the title's last word, or for an institution's spokesperson any word for one.
        var head = phrase.Role.Split(' ')[^1];
        bool Repeats(Token word) => title ? word.Is(a.Text, head) : OrganisationSpokespersonSieve.IsSpokesperson(word.Text(a.Text));
        if (next + 3 < a.Tokens.Count && a.Tokens[next].Is(a.Text, "the") && Repeats(a.Tokens[next + 1]) && a.Tokens[next + 2].Is(a.Text, ',')
            && NamedAfterTitles(a, next + 3) is { } named)
        {
            return SpeakerContext.Found(named, Rule);
        }

        var definite = !phrase.IsIndefinite && !phrase.AsWritten.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
            && !phrase.AsWritten.StartsWith("an ", StringComparison.OrdinalIgnoreCase);
        return title && definite && MentionAt(a, next) is { } introduced && a.People.FirstMention(introduced) == next
            && (FollowedByWho(a, next) || FollowedBySpeech(a, next))
            ? SpeakerContext.Found(introduced, Rule)
            : null;
    }

    private static int NextSentenceStart(ArticleAnalysis a, int from)
    {
        var sentence = a.SentenceOf(Math.Max(0, from - 1));
        for (var k = from; k < a.Tokens.Count && k - from < MaxLookAhead; k++)
        {
            if (a.SentenceOf(k) != sentence)
            {
                return k;
            }
        }

        return -1;
    }

    // "The spokesman, Major Ivo Brand,": the person named at `start`, after any rank or title.
    private static ArticlePerson? NamedAfterTitles(ArticleAnalysis a, int start)
    {
        for (var k = start; k < a.Tokens.Count && k - start <= 3; k++)
        {
            if (MentionAt(a, k) is { } person)
            {
                return person;
            }

            if (!Lexicon.TitleWords.Contains(a.Text, a.Tokens[k]) && !a.Tokens[k].Is(a.Text, '.'))
            {
                return null;
            }
        }

        return null;
    }

    private static ArticlePerson? MentionAt(ArticleAnalysis a, int token)
    {
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex == token)
            {
                return mention.Person;
            }

            if (mention.TokenIndex > token)
            {
                break;
            }
        }

        return null;
    }

    // "Ilse Marr, who …": the name's words, a comma, "who".
    // "… told reporters. Ilse Marr said the other lines were running": the new name speaks on at once.
    private static bool FollowedBySpeech(ArticleAnalysis a, int start)
    {
        var k = start;
        while (k < a.Tokens.Count && k - start < 5 && a.Tokens[k].IsCapitalized(a.Text))
        {
            k++;
        }

        return k > start + 1 && k < a.Tokens.Count && a.IsSpeechVerb(k);
    }

    private static bool FollowedByWho(ArticleAnalysis a, int start)
    {
        for (var k = start; k < a.Tokens.Count - 1 && k - start < 6; k++)
        {
            if (a.Tokens[k].Is(a.Text, ','))
            {
                return a.Tokens[k + 1].Is(a.Text, "who");
            }

            if (!a.Tokens[k].IsCapitalized(a.Text))
            {
                return false;
            }
        }

        return false;
    }
}
