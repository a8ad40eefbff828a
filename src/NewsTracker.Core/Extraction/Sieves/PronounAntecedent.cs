namespace NewsTracker.Core.Extraction.Sieves;

// Whom "he" or "she" refers back to: the subject of the latest earlier sentence that names a compatible
// person. A person named only inside a quotation is not one; a sentence whose subject is the same pronoun
// ("He swiped at Berecz's ties") continues the chain and is passed over; an owner ("Berecz's ally, X") is
// not the subject; of two compatible people in one sentence, one the text gives the pronoun's gender is preferred,
// then the one who spoke last before.
internal static class PronounAntecedent
{
    public static ArticlePerson? Find(SpeakerContext context, string pronoun, Func<ArticlePerson, bool> fits) =>
        Find(context, pronoun, fits, out _);

    // `sentence` is the sentence of the mention chosen (the pronoun's own for its own subject), -1 for nobody.
    public static ArticlePerson? Find(SpeakerContext context, string pronoun, Func<ArticlePerson, bool> fits, out int sentence)
    {
        var a = context.Analysis;
        var own = a.SentenceOf(context.Position);
        ArticlePerson? ownSubject = null;
        var chosen = -1;
        var candidates = new List<MentionOfPerson>(4);
        var passedOver = int.MinValue; // not -1: the headline's people are in "sentence" -1
        var objectsOnly = true;
        MentionOfPerson? earlierSubject = null;
        foreach (var (mention, read) in context.Memory.Latest(context.Position))
        {
            if (chosen >= 0 && mention.Sentence != chosen)
            {
                // "Hill criticised the budget. It drew on a proposal by James Cole. “…,” he said": a person the nearer
                // sentence names only after a preposition yields to the subject of the sentence before it.
                if (!objectsOnly || mention.Sentence != chosen - 1)
                {
                    break;
                }

                if (read && fits(mention.Person) && !a.InsideQuote(mention.TokenIndex) && !IsPrepositionalObject(a, mention.TokenIndex)
                    && !IsOwner(a, mention.TokenIndex))
                {
                    earlierSubject = mention;
                }

                continue;
            }

            if (!fits(mention.Person) || (read && a.InsideQuote(mention.TokenIndex)) || mention.Sentence == passedOver || IsBody(a, mention.Person))
            {
                continue;
            }

            if (mention.Sentence == own)
            {
                ownSubject = mention.Person;
            }
            else if (read && OpensWith(a, mention.TokenIndex, pronoun))
            {
                passedOver = mention.Sentence;
            }
            else
            {
                chosen = mention.Sentence;
                candidates.Add(mention);
                objectsOnly &= read && IsPrepositionalObject(a, mention.TokenIndex);
            }
        }

        if (candidates.Count > 0 && objectsOnly && earlierSubject is { } subject)
        {
            sentence = subject.Sentence;
            return subject.Person;
        }

        sentence = candidates.Count > 0 ? chosen : ownSubject is null ? -1 : own;
        return candidates.Count == 0 ? ownSubject : Subject(context, KnownGenderFirst(a, candidates, pronoun));
    }

    // "Baltgrid, its Estonian counterpart, said": a one-word name the article shows is a body is no "he" or "she".
    private static bool IsBody(ArticleAnalysis a, ArticlePerson person) =>
        person.Gender == Gender.Unknown && !person.Name.Contains(' ', StringComparison.Ordinal) && a.People.ReadsAsBody(person.Name);

    // Of a woman the text calls a woman and someone of unknown gender, "she" is the woman. Not so for "he": in news
    // copy a person of unknown gender is most often a man, and the one who spoke last stays the better guess. Nor when
    // every such woman stands aside in her sentence (an owner inside it, after a preposition, in a relative clause)
    // and the other is its subject: "Lund backed the levy once Ms Berg's amendment passed. She said …" is Lund.
    private static List<MentionOfPerson> KnownGenderFirst(ArticleAnalysis a, List<MentionOfPerson> candidates, string pronoun)
    {
        if (pronoun != "she")
        {
            return candidates;
        }

        var known = candidates.FindAll(m => m.Person.Gender == Gender.Female);
        if (known.Count == 0 || known.Count == candidates.Count)
        {
            return candidates;
        }

        return known.TrueForAll(m => StandsAside(a, m.TokenIndex)) && candidates.Exists(m => m.Person.Gender == Gender.Unknown && !StandsAside(a, m.TokenIndex))
            ? candidates
            : known;
    }

    private static bool StandsAside(ArticleAnalysis a, int k) =>
        k >= 0 && (IsPrepositionalObject(a, k) || InRelativeAside(a, k) || (IsOwner(a, k) && !OpensSentence(a, k)));

    // "Ivo Lund thanked Tom Berg for the board's work. He stressed …": the one who spoke last is only the object of a
    // sentence that a person of the pronoun's gender, named in full, opens as its subject (not coordinated with them:
    // "Lund and Berg met"), so the subject it is.
    private static bool ObjectOfSentenceOpener(ArticleAnalysis a, List<MentionOfPerson> candidates, ArticlePerson speaker, Gender wanted)
    {
        var opener = candidates[^1];
        if (opener.Person == speaker || GenderOf(opener.Person) != wanted || (GenderOf(speaker) != Gender.Unknown && GenderOf(speaker) != wanted)
            || !opener.Person.Name.Contains(' ', StringComparison.Ordinal) || !OpensSentence(a, opener.TokenIndex) || IsOwner(a, opener.TokenIndex))
        {
            return false;
        }

        foreach (var mention in candidates)
        {
            if (mention.Person == speaker && mention.Sentence == opener.Sentence && mention.TokenIndex > opener.TokenIndex
                && !a.Tokens[mention.TokenIndex - 1].Is(a.Text, "and") && !a.Tokens[mention.TokenIndex - 1].Is(a.Text, ',')
                && !HandsTheFloor(a, mention.TokenIndex))
            {
                return true;
            }
        }

        return false;
    }

    // What the text says of the person's gender, else what their first name says.
    private static Gender GenderOf(ArticlePerson person) =>
        person.Gender != Gender.Unknown || !person.Name.Contains(' ', StringComparison.Ordinal)
            ? person.Gender
            : FirstNames.Of(person.Name.AsSpan(0, person.Name.IndexOf(' ', StringComparison.Ordinal)));

    private static readonly WordSet FloorVerbs = new("let asked invited questioned pressed challenged", indexed: false);

    // "… then let Farrow finish", "The judge asked Stroud whether …": the one given the floor answers next.
    private static bool HandsTheFloor(ArticleAnalysis a, int k)
    {
        for (var j = k - 1; j >= 0 && k - j <= 3 && a.Tokens[j].IsWord; j--)
        {
            if (FloorVerbs.Contains(a.Text, a.Tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet AskingVerbs = new("asked pressed questioned quizzed grilled challenged", indexed: false);

    private static readonly WordSet ReplyVerbs = new("replied answered responded acknowledged conceded retorted", indexed: false);

    // "Holt pressed Ms. Berg on the cost. She replied …", "The judge asked Stroud whether …. “…,” she answered": in the
    // sentence right after a question put to someone, whoever replies is the one asked, not the one asking nor the one
    // who spoke last. "She said" may be the one asking going on ("questioned Berg about the cost"), so it counts only
    // when the question itself follows the name ("asked Berg whether …"); "asked Berg to …" or "for …" is a request, and
    // "asked Berg's office" asks the office.
    private static ArticlePerson? GivenTheFloor(SpeakerContext context, List<MentionOfPerson> candidates)
    {
        var a = context.Analysis;
        if (!TwoPeople(candidates) || a.SentenceOf(context.Position) != candidates[0].Sentence + 1)
        {
            return null;
        }

        var replies = Replies(a, context.Phrase);
        foreach (var mention in candidates)
        {
            if (mention.TokenIndex > 0 && AskedRightBefore(a, mention.TokenIndex) && !IsRequest(a, mention.TokenIndex)
                && !IsOwner(a, mention.TokenIndex) && !InRelativeAside(a, mention.TokenIndex)
                && (replies || QuestionFollows(a, mention.TokenIndex)))
            {
                return mention.Person;
            }
        }

        return null;
    }

    private static bool Replies(ArticleAnalysis a, SpeakerPhrase phrase) =>
        (phrase.EndToken < a.Tokens.Count && ReplyVerbs.Contains(a.Text, a.Tokens[phrase.EndToken]))
        || (phrase.StartToken > 0 && ReplyVerbs.Contains(a.Text, a.Tokens[phrase.StartToken - 1]));

    // An asking verb before the name, across its title ("pressed Assistant Secretary Ada Berg", "asked Ms. Berg").
    private static bool AskedRightBefore(ArticleAnalysis a, int k)
    {
        for (var j = k - 1; j >= 0 && k - j <= 5 && a.SentenceOf(j) == a.SentenceOf(k); j--)
        {
            var token = a.Tokens[j];
            if (AskingVerbs.Contains(a.Text, token))
            {
                return true;
            }

            if (!(token.IsCapitalized(a.Text) || token.Is(a.Text, '.') || Lexicon.TitleWords.Contains(a.Text, token)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool TwoPeople(List<MentionOfPerson> candidates)
    {
        foreach (var mention in candidates)
        {
            if (mention.Person != candidates[0].Person)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet QuestionWords = new("whether if how when what why which who", indexed: false);

    // "asked Berg whether …": the question itself follows the name, so whoever speaks next answers it.
    private static bool QuestionFollows(ArticleAnalysis a, int k)
    {
        var end = NameEnd(a, k);
        return end < a.Tokens.Count && QuestionWords.Contains(a.Text, a.Tokens[end]);
    }

    private static int NameEnd(ArticleAnalysis a, int k)
    {
        var end = k + 1;
        while (end < a.Tokens.Count && (a.Tokens[end].IsCapitalized(a.Text) || a.Tokens[end].Is(a.Text, '.')))
        {
            end++;
        }

        return end;
    }

    private static bool IsRequest(ArticleAnalysis a, int k)
    {
        var end = NameEnd(a, k);
        return end < a.Tokens.Count && (a.Tokens[end].Is(a.Text, "to") || a.Tokens[end].Is(a.Text, "for"));
    }

    // "Osman's speech came …": an owner opening the sentence is what the sentence is about.
    private static bool OpensSentence(ArticleAnalysis a, int k)
    {
        var j = k - 1;
        while (j >= 0 && a.SentenceOf(j) == a.SentenceOf(k) && (Lexicon.TitleWords.Contains(a.Text, a.Tokens[j]) || a.Tokens[j].Is(a.Text, '.')
            || a.Tokens[j].IsCapitalized(a.Text)))
        {
            j--;
        }

        return j < 0 || a.SentenceOf(j) != a.SentenceOf(k);
    }

    // `candidates` run latest first. The one who spoke last is the better guess between two subjects, not over the subject
    // of a sentence that names them after a preposition ("Lund went further than Mr Berg. “…,” he said").
    private static ArticlePerson Subject(SpeakerContext context, List<MentionOfPerson> candidates)
    {
        if (GivenTheFloor(context, candidates) is { } asked)
        {
            return asked;
        }

        if (PronounInstitution.Owner(context, candidates) is { } owner)
        {
            return owner;
        }

        if (TwoPeople(candidates)
            && context.Memory.LastSpeakerBefore(context.Position) is { } speaker
            && candidates.Any(m => m.Person == speaker && !StandsAside(context.Analysis, m.TokenIndex))
            && !ObjectOfSentenceOpener(context.Analysis, candidates, speaker, context.Phrase.Pronoun == "she" ? Gender.Female : Gender.Male))
        {
            return speaker;
        }

        // "Questioned by the presiding judge, Jon Berg, about the invoices, Lund shrugged": the first named who is neither an
        // owner nor after a preposition is the subject; "Berg, whose union met Colonel Lund on Friday, was blunter": nor
        // inside a relative clause about someone else.
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (!IsOwner(context.Analysis, candidates[i].TokenIndex) && !IsPrepositionalObject(context.Analysis, candidates[i].TokenIndex)
                && !InRelativeAside(context.Analysis, candidates[i].TokenIndex))
            {
                return candidates[i].Person;
            }
        }

        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (!IsOwner(context.Analysis, candidates[i].TokenIndex) && !IsPrepositionalObject(context.Analysis, candidates[i].TokenIndex))
            {
                return candidates[i].Person;
            }
        }

        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (!IsOwner(context.Analysis, candidates[i].TokenIndex))
            {
                return candidates[i].Person;
            }
        }

        return candidates[^1].Person;
    }

    private static readonly WordSet Prepositions = new("by of from with to for against about on at in toward towards between among than beside alongside behind near under over like unlike after before without despite");

    // "a proposal by former minister James Cole", "talks with Gen. Ivo Marsh": the name stands after a preposition
    // (across its title and determiner).
    private static bool IsPrepositionalObject(ArticleAnalysis a, int k)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        for (var j = k - 1; j >= 0 && k - j <= 6 && a.SentenceOf(j) == a.SentenceOf(k); j--)
        {
            var token = tokens[j];
            if (Prepositions.Contains(text, token))
            {
                return true;
            }

            // "by the presiding judge, Jon Berg": the name in apposition to the title.
            var apposition = token.Is(text, ',') && j > 0 && j == k - 1
                && (Lexicon.TitleWords.Contains(text, tokens[j - 1]) || Lexicon.RoleNouns.Contains(text, tokens[j - 1]));
            var partOfTitle = apposition || token.IsCapitalized(text) || (token.Kind == TokenKind.Punct && token.Is(text, '.'))
                || Lexicon.TitleWords.Contains(text, token) || Lexicon.RoleNouns.Contains(text, token)
                || Lexicon.Determiners.Contains(text, token) || Lexicon.CommonCapitalised.Contains(text, token);
            if (!partOfTitle)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet Relatives = new("who whose whom which");

    // ", whose union met Colonel Lund on Friday,", ", an economist who has debated Lund twice,": the name stands inside
    // a relative clause within the commas.
    private static bool InRelativeAside(ArticleAnalysis a, int k)
    {
        if (k < 1)
        {
            return false;
        }

        for (var j = k - 1; j > 0 && a.SentenceOf(j) == a.SentenceOf(k); j--)
        {
            if (a.Tokens[j].Is(a.Text, ','))
            {
                return false;
            }

            if (Relatives.Contains(a.Text, a.Tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    // "Berecz's ties", "Mr Holt's office": the name is followed by a possessive.
    // A headline's person (k = -1) has no tokens in the body to look at.
    private static bool IsOwner(ArticleAnalysis a, int k)
    {
        if (k < 0)
        {
            return false;
        }

        var tokens = a.Tokens;
        for (var end = k; end < tokens.Count && end - k < 5; end++)
        {
            if (tokens[end].Kind == TokenKind.Possessive)
            {
                return true;
            }

            if (!tokens[end].IsCapitalized(a.Text) && tokens[end].Kind != TokenKind.Punct)
            {
                return false;
            }

            if (tokens[end].Kind == TokenKind.Punct && !tokens[end].Is(a.Text, '.'))
            {
                return false;
            }
        }

        return false;
    }

    // Whether the mention's sentence has the pronoun as its subject, before the mention: "He swiped at …".
    private static bool OpensWith(ArticleAnalysis a, int k, string pronoun)
    {
        if (k < 0)
        {
            return false;
        }

        var start = a.SentenceStart(k);
        var subject = SpeakerPhraseParser.ClauseSubjectStart(a, start, k);
        while (subject < k && a.Tokens[subject].Kind == TokenKind.Punct)
        {
            subject++;
        }

        return subject < k && a.Tokens[subject].Is(a.Text, pronoun);
    }
}
