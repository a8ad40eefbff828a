namespace NewsTracker.Core.Extraction;

// A person's gender from "his", "her", "himself", "herself", "he", "she" that clearly refer to them: in the
// clause they open ("Okonkwo said her board would…", "In his reply, Drobny said…") or opening the next sentence
// when theirs names nobody else ("Okonkwo chairs the board. Her term ends in May."). Clearly means no other
// person, role, person noun or capitalised name stands between, and the person is the first named in the
// sentence: "Okonkwo told Drobny that she…" teaches nothing about Drobny.
internal static class PronounGender
{
    private const int Reach = 12;

    private static readonly WordSet Male = new("he his himself");
    private static readonly WordSet Female = new("she her hers herself");

    // Nouns for people that a pronoun could mean instead: "the mayor's wife", "a colleague".
    private static readonly WordSet PersonNouns = new("""
        man men woman women mother father wife husband daughter son girl boy sister brother widow widower
        colleague colleagues friend friends partner child children family wives husbands mothers fathers
        """);

    // After "her" these make it an object ("thanked her for"), not a possessive of the clause's subject.
    private static readonly WordSet AfterObject = new("for to that and or in on at with by from of as about after before over into than but");

    public static void Learn(ArticleAnalysis a, List<MentionOfPerson> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var (token, sentence, person) = mentions[i];
            if (person.Gender != Gender.Unknown || token < 0 || (i > 0 && mentions[i - 1].Sentence == sentence))
            {
                continue;
            }

            var alone = i + 1 == mentions.Count || mentions[i + 1].Sentence != sentence;
            person.Gender = Before(a, token) is var before and not Gender.Unknown ? before
                : After(a, token, alone) is var after and not Gender.Unknown ? after
                : Gender.Unknown;
        }
    }

    // "In his reply, Drobny said": a possessive before the name, nobody else in between.
    private static Gender Before(ArticleAnalysis a, int mention)
    {
        var sentence = a.SentenceOf(mention);
        var found = Gender.Unknown;
        for (var k = mention - 1; k >= 0 && a.SentenceOf(k) == sentence && mention - k <= Reach; k--)
        {
            var gender = Possessive(a, k);
            if (gender == Gender.Unknown && (a.InsideQuote(k) || Male.Contains(a.Text, a.Tokens[k]) || Female.Contains(a.Text, a.Tokens[k])
                || Blocks(a, k, sentence)))
            {
                return Gender.Unknown;
            }

            if (gender != Gender.Unknown)
            {
                found = found == Genders.Opposite(gender) ? Gender.Unknown : gender;
            }
        }

        return found;
    }

    // "Drobny said his crews…", or the next sentence opening "He"/"Her" when the person's sentence named nobody else.
    private static Gender After(ArticleAnalysis a, int mention, bool alone)
    {
        var text = a.Text;
        var tokens = a.Tokens;
        var sentence = a.SentenceOf(mention);
        var k = mention;
        while (k < tokens.Count && k - mention < 5 && (tokens[k].IsCapitalized(text) || tokens[k].Is(text, '.')))
        {
            k++;
        }

        for (; k < tokens.Count && a.SentenceOf(k) == sentence; k++)
        {
            if (k - mention <= Reach && Possessive(a, k) is var gender and not Gender.Unknown)
            {
                return gender;
            }

            // "he" in the clause may be someone the sentence before named; LearnGenders reads "said he" alone.
            if (a.InsideQuote(k) || Male.Contains(text, tokens[k]) || Female.Contains(text, tokens[k]) || Blocks(a, k, sentence)
                || (k - mention > Reach && !alone))
            {
                return Gender.Unknown;
            }
        }

        if (!alone || k >= tokens.Count || a.InsideQuote(k))
        {
            return Gender.Unknown;
        }

        return Male.Contains(text, tokens[k]) ? Gender.Male : Female.Contains(text, tokens[k]) ? Gender.Female : Gender.Unknown;
    }

    // "his", "himself", "herself", and "her" before a word that makes it a possessive ("her board", not "thanked her for").
    private static Gender Possessive(ArticleAnalysis a, int k)
    {
        var text = a.Text;
        var tokens = a.Tokens;
        if (tokens[k].Is(text, "his") || tokens[k].Is(text, "himself"))
        {
            return Gender.Male;
        }

        if (tokens[k].Is(text, "herself") || tokens[k].Is(text, "hers"))
        {
            return Gender.Female;
        }

        return tokens[k].Is(text, "her") && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word
            && char.IsLower(text[tokens[k + 1].Start]) && !AfterObject.Contains(text, tokens[k + 1])
            ? Gender.Female
            : Gender.Unknown;
    }

    // Someone else a pronoun could mean: a role, a person noun, a capitalised word that may be a name.
    private static bool Blocks(ArticleAnalysis a, int k, int sentence)
    {
        var text = a.Text;
        var token = a.Tokens[k];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        // "Her neighbour Ostap": the possessive is the neighbour's owner's, so any noun for a person (people-nouns.json) blocks.
        if (Lexicon.RoleNouns.Contains(text, token) || Lexicon.AnonymousHeads.Contains(text, token) || PersonNouns.Contains(text, token)
            || PeopleNouns.IsPersonNoun(text, token))
        {
            return true;
        }

        var opensSentence = k == 0 || a.SentenceOf(k - 1) != sentence;
        return token.IsCapitalized(text) && !opensSentence && !Lexicon.CommonCapitalised.Contains(text, token);
    }
}
