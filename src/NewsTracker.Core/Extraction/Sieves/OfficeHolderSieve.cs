namespace NewsTracker.Core.Extraction.Sieves;

// "the Commission president said", "the Nordbank chief", "the IMF head": an office by its institution and title, after the
// article tied one person to both ("European Commission President Ana Lindqvist", "Ana Lindqvist, president of the
// European Commission,"). Two people tied to that office, or none, leave the phrase to the later sieves.
internal sealed class OfficeHolderSieve : ISpeakerSieve
{
    public const string Rule = "office-holder";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Form is not (SpeakerForm.Title or SpeakerForm.Organisation) || Office.Read(context.Analysis, context.Phrase) is not { } office)
        {
            return null;
        }

        ArticlePerson? found = null;
        foreach (var mention in context.Analysis.People.Mentions)
        {
            if (mention.TokenIndex >= context.Position)
            {
                break;
            }

            if (mention.TokenIndex < 0 || mention.Person == found || !office.HeldAt(context.Analysis, mention))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = mention.Person;
        }

        return found is null ? null : SpeakerContext.Found(found, Rule);
    }

    // The institution's words and the title's head of "the Commission president" or "the president of the Commission".
    internal sealed record Office(List<string> Institution, string Head)
    {
        public static Office? Read(ArticleAnalysis a, SpeakerPhrase phrase)
        {
            var (text, tokens) = (a.Text, a.Tokens);
            var (start, end) = (phrase.StartToken, phrase.EndToken);
            if (end - start < 3 || !tokens[start].Is(text, "the"))
            {
                return null;
            }

            var k = start + 1;
            var institution = InstitutionWords(a, ref k, end);
            var titleStart = k;
            while (k < end && IsTitle(a, k))
            {
                k++;
            }

            if (k == titleStart)
            {
                return null;
            }

            var head = tokens[k - 1].Text(text);
            if (institution.Count == 0 && k + 1 < end && tokens[k].Is(text, "of"))
            {
                k += tokens[k + 1].Is(text, "the") ? 2 : 1;
                institution = InstitutionWords(a, ref k, end);
            }

            return institution.Count is > 0 and <= 3 && k == end && IsOfficeHead(head) ? new Office(institution, head) : null;
        }

        // A post one person holds: not "the Ministry of …" (an institution), "the Commission official" (one of
        // many) or its spokesperson (whom the spokesperson sieves find).
        private static bool IsOfficeHead(string head) =>
            !Lexicon.OrganisationWords.Contains(head) && !Lexicon.AnonymousHeads.Contains(head) && !OrganisationSpokespersonSieve.IsSpokesperson(head);

        private static List<string> InstitutionWords(ArticleAnalysis a, ref int k, int end)
        {
            var words = new List<string>();
            while (k < end && a.Tokens[k].IsCapitalized(a.Text) && !IsTitle(a, k))
            {
                words.Add(a.Tokens[k].Text(a.Text));
                k++;
            }

            return words;
        }

        // The name, with the words before it ("European Commission President Ana Lindqvist") or its appositive after
        // ("Ana Lindqvist, president of the European Commission,"), holds both the institution and the title.
        public bool HeldAt(ArticleAnalysis a, MentionOfPerson mention)
        {
            var (text, tokens) = (a.Text, a.Tokens);
            var (from, to) = IntroductionWindow.Of(a, mention);
            var person = mention.Person;
            var holdsTitle = SpeakerContext.Matches(person.Role, Head) || TitleLexicon.StandsFor(Head, person.Role)
                || (TitleHolderSieve.IsLeaderWord(Head) && (person.Role is not null || Any(a, from, to, k => IsTitle(a, k))))
                || Any(a, from, to, k => tokens[k].Is(text, Head));
            return holdsTitle && Institution.TrueForAll(word => Any(a, from, to, k => tokens[k].Is(text, word)) || Aliases(a, person, word));
        }

        // "the EU chief" for the European Commission's president: the catalogue gives the short name as an alias of her affiliation.
        private static bool Aliases(ArticleAnalysis a, ArticlePerson person, string word) =>
            person.Affiliation is { } affiliation && a.Catalogue.FindByName(affiliation) is { } actor
            && actor.Aliases.Contains(word, StringComparer.OrdinalIgnoreCase);

        private static bool Any(ArticleAnalysis a, int from, int to, Func<int, bool> test)
        {
            for (var k = from; k < to && k < a.Tokens.Count; k++)
            {
                if (!a.InsideQuote(k) && test(k))
                {
                    return true;
                }
            }

            return false;
        }

        // "of" is a word of "chief of staff", but here it joins the title to its institution.
        public static bool IsTitle(ArticleAnalysis a, int k) =>
            (Lexicon.TitleWords.Contains(a.Text, a.Tokens[k]) || Lexicon.RoleNouns.Contains(a.Text, a.Tokens[k])) && !a.Tokens[k].Is(a.Text, "of");
    }
}
