namespace NewsTracker.Core.Extraction;

// Speaker phrases after the speech verb or an "according to" cue: "said Foreign Minister Ada Quist, who …".
internal static partial class SpeakerPhraseParser
{
    // The phrase that starts at `start`: "said Russian Foreign Minister Sergei Lavrov, who…".
    // The source after an "according to" cue: a speaker phrase, or a pronoun in object form ("according to her").
    public static SpeakerPhrase? AfterCue(ArticleAnalysis a, int start, int ceiling) =>
        start < ceiling && SubjectOf(a.Tokens[start].Span(a.Text)) is not null
            && (start + 1 == ceiling || !a.Tokens[start + 1].IsWord)
            ? Describe(a, start, start + 1)
            : After(a, start, ceiling);

    private static string? SubjectOf(ReadOnlySpan<char> word) =>
        word.Equals("him", StringComparison.OrdinalIgnoreCase) ? "he"
        : word.Equals("her", StringComparison.OrdinalIgnoreCase) ? "she"
        : word.Equals("them", StringComparison.OrdinalIgnoreCase) ? "they"
        : null;

    public static SpeakerPhrase? After(ArticleAnalysis a, int start, int ceiling)
    {
        var phrase = FirstAfter(a, start, ceiling);

        // "said a teacher who gave her first name as Marit": the name she gave speaks for the person described.
        if (phrase is null or { Form: SpeakerForm.Anonymous, IsIndefinite: true } && NameGivenAfter(a, phrase?.EndToken ?? start, ceiling) is { } given)
        {
            return given;
        }

        return phrase;
    }

    private const int MaxDescribedTokens = 10;

    private static readonly WordSet PlacePrepositions = new("at from in of", indexed: false);

    private static SpeakerPhrase? NameGivenAfter(ArticleAnalysis a, int end, int ceiling)
    {
        // The described person's noun ("a teacher", "one of the nurses") runs up to "who", in lower case, with any place
        // after a preposition ("a student at the University of Tarnow who …").
        var who = end;
        var place = false;
        while (who < ceiling && who - end < MaxDescribedTokens && !a.Tokens[who].Is(a.Text, "who")
            && (a.Tokens[who].Is(a.Text, ',') || (a.Tokens[who].IsWord && (char.IsLower(a.Text[a.Tokens[who].Start]) || place))))
        {
            place |= PlacePrepositions.Contains(a.Text, a.Tokens[who]);
            who++;
        }

        if (who >= ceiling || !a.Tokens[who].Is(a.Text, "who"))
        {
            return null;
        }

        var (nameStart, nameEnd) = PeopleNouns.GivenNameIn(a, who, Math.Min(ceiling, who + 12));
        return nameStart > 0 && Describe(a, nameStart, nameEnd) is { Form: SpeakerForm.Name } named ? named : null;
    }

    private static SpeakerPhrase? FirstAfter(ArticleAnalysis a, int start, int ceiling)
    {
        var k = start;
        if (k < ceiling && Lexicon.Pronouns.Contains(a.Text, a.Tokens[k]))
        {
            return Describe(a, k, k + 1);
        }

        if (k < ceiling && Demonstratives.Contains(a.Text, a.Tokens[k]))
        {
            return null;
        }

        if (k < ceiling && (Lexicon.Determiners.Contains(a.Text, a.Tokens[k]) || a.Tokens[k].Kind == TokenKind.Number))
        {
            k++;
        }

        while (k < ceiling && k - start < MaxPhraseTokens)
        {
            var token = a.Tokens[k];
            if (Connectors.Contains(a.Text, token) && k + 1 < ceiling && IsPhraseToken(a, k + 1) && k > start)
            {
                k++;
                continue;
            }

            // "said the president of the Commission": a named body after "of the" / "for the" belongs to the phrase.
            if (Connectors.Contains(a.Text, token) && k > start && k + 2 < ceiling && a.Tokens[k + 1].Is(a.Text, "the")
                && a.Tokens[k + 2].IsCapitalized(a.Text) && IsPhraseToken(a, k + 2))
            {
                k += 2;
                continue;
            }

            // "said the vessel's owner": a common noun owning the head belongs to the phrase.
            if (k > start && Lexicon.Determiners.Contains(a.Text, a.Tokens[k - 1]) && token.Kind == TokenKind.Word && !token.IsCapitalized(a.Text)
                && k + 2 < ceiling && a.Tokens[k + 1].Kind == TokenKind.Possessive && a.Tokens[k + 2].Kind == TokenKind.Word
                && !a.Tokens[k + 2].IsCapitalized(a.Text) && !Lexicon.PhraseBreakers.Contains(a.Text, a.Tokens[k + 2]))
            {
                k += 3;
                continue;
            }

            // "The Freedonian Embassy in Harbourtown called …": the city names the embassy.
            if (k > start && token.Is(a.Text, "in") && Lexicon.DiplomaticPosts.Contains(a.Text, a.Tokens[k - 1]) && k + 1 < ceiling && a.Tokens[k + 1].IsCapitalized(a.Text))
            {
                k++;
                continue;
            }

            // "said Freedonia's envoy to the IAEA, Tomas Brandt,": a lowercase title's posting runs to the comma before the name.
            if (k > start && token.Is(a.Text, "to") && Lexicon.TitleWords.Contains(a.Text, a.Tokens[k - 1]) && PostingBeforeName(a, k, ceiling) is > 0 and var named)
            {
                k += named;
                continue;
            }

            // "said Permanent Representative to the UN Anna Berg": the posting belongs to the title.
            if (k > start && ArticlePeople.PostingLength(a, k) is > 0 and var posting && k + posting < ceiling)
            {
                k += posting;
                continue;
            }

            // "said Labour's campaign spokeswoman, Ada Quist": a body's role, owned by its name, runs to the holder's comma.
            if (k > start && token.Kind == TokenKind.Possessive && OwnedRoleLength(a, k + 1, ceiling) is > 0 and var role)
            {
                k += 1 + role;
                continue;
            }

            if (!IsPhraseToken(a, k) || (k > start && Lexicon.PhraseBreakers.Contains(a.Text, token) && !token.IsCapitalized(a.Text)))
            {
                break;
            }

            k++;
        }

        if (k == start || (k == start + 1 && Lexicon.Determiners.Contains(a.Text, a.Tokens[start])))
        {
            return null;
        }

        // "said Ivan Petrov, a spokesman for the ministry": keep the appositive for the role.
        if (k + 1 < ceiling && a.Tokens[k].Is(a.Text, ','))
        {
            var appositive = k + 1;
            var end = appositive;
            if (end < ceiling && Lexicon.Determiners.Contains(a.Text, a.Tokens[end]))
            {
                end++;
            }

            while (end < ceiling && end - appositive < MaxPhraseTokens
                && (IsPhraseToken(a, end) || (Connectors.Contains(a.Text, a.Tokens[end]) && end + 1 < ceiling && IsPhraseToken(a, end + 1))))
            {
                end++;
            }

            if (end > appositive + 1 && ContainsRole(a, appositive, end))
            {
                return Describe(a, start, k, appositive, end);
            }

            // "said a retired diplomat, Ines Moreau, who worked…", "said the vessel's owner, Halden Shipping": the name
            // stands in the appositive.
            // So does "said Labour's campaign spokeswoman, Ada Quist": a body's role, owned by its name, before the holder's.
            if (end > appositive && (!ContainsNamePart(a, start, k) || Describe(a, start, k).Form == SpeakerForm.Title || IsOwnedRole(a, start, k))
                && (Names.IsNamePart(a, appositive) || OrganisationWordAhead(a, appositive, end)))
            {
                return Describe(a, start, k, appositive, end);
            }
        }

        return Describe(a, start, k);
    }

    // How many lower-case words from `from` make a role ("campaign spokeswoman") closed by a comma before a name; 0 when none.
    private static int OwnedRoleLength(ArticleAnalysis a, int from, int ceiling)
    {
        for (var k = from; k < ceiling && k - from < 3 && a.Tokens[k].IsWord && char.IsLower(a.Text[a.Tokens[k].Start]); k++)
        {
            if ((Lexicon.TitleWords.Contains(a.Text, a.Tokens[k]) || Lexicon.RoleNouns.Contains(a.Text, a.Tokens[k]))
                && k + 2 < ceiling && a.Tokens[k + 1].Is(a.Text, ',') && Names.IsNamePart(a, k + 2))
            {
                return k + 1 - from;
            }
        }

        return 0;
    }

    // "Labour's campaign spokeswoman", "Halvik's chief executive": a possessive, then lower-case words ending in a role.
    private static bool IsOwnedRole(ArticleAnalysis a, int start, int end)
    {
        var last = a.Tokens[end - 1];
        if (end - start < 3 || !char.IsLower(a.Text[last.Start]) || !(Lexicon.TitleWords.Contains(a.Text, last) || Lexicon.RoleNouns.Contains(a.Text, last)))
        {
            return false;
        }

        for (var k = start + 1; k < end - 1; k++)
        {
            if (a.Tokens[k].Kind == TokenKind.Possessive)
            {
                return true;
            }
        }

        return false;
    }

    // The length of "to [the] Capitalised Words" up to a comma with a name after it; 0 when the words do not run so.
    private static int PostingBeforeName(ArticleAnalysis a, int to, int ceiling)
    {
        var k = to + 1;
        if (k < ceiling && a.Tokens[k].Is(a.Text, "the"))
        {
            k++;
        }

        var first = k;
        while (k < ceiling && k - to <= 6 && a.Tokens[k].IsCapitalized(a.Text))
        {
            k++;
        }

        return k > first && k + 1 < ceiling && a.Tokens[k].Is(a.Text, ',') && Names.IsNamePart(a, k + 1) ? k - to : 0;
    }

    private static bool IsPhraseToken(ArticleAnalysis a, int k)
    {
        var text = a.Text;
        var token = a.Tokens[k];
        switch (token.Kind)
        {
            case TokenKind.Possessive:
                return true;
            case TokenKind.Number:
                return Ages.DescribedAt(a, k) > 0;
            case TokenKind.Punct:
                return (text[token.Start] == '.' && k > 0 && Lexicon.Abbreviations.Contains(text, a.Tokens[k - 1]) && a.Tokens[k - 1].End == token.Start)
                    || (k > 0 && Ages.DescribedAt(a, k - 1) > 0);
        }

        if (k > 1 && Ages.DescribedAt(a, k - 2) > 0)
        {
            return true;
        }

        if (a.InsideQuote(k))
        {
            return false;
        }

        if (token.IsCapitalized(text))
        {
            return !Lexicon.CommonCapitalised.Contains(text, token) || Names.IsFirstNameBeforeName(a, k)
                || Lexicon.TitleWords.Contains(text, token) || Lexicon.RoleNouns.Contains(text, token)
                || Adjectives.Contains(text, token) || Lexicon.Determiners.Contains(text, token);
        }

        // "von der Leyen" after a first name: particles inside a name; "said de Vries", "said von der Leyen": particles
        // opening a surname.
        if (k > 0 && Names.IsParticle(a, k) && (a.Tokens[k - 1].IsCapitalized(text) || Names.IsParticle(a, k - 1) || OpensSurname(a, k)))
        {
            return true;
        }

        // "said fisherman Ivo Holm", "said the farmer": a noun for a person describes the speaker as a title does.
        return Lexicon.RoleNouns.Contains(text, token) || Lexicon.TitleWords.Contains(text, token)
            || Adjectives.Contains(text, token) || Lexicon.OrganisationWords.Contains(text, token) || DocumentNouns.Contains(text, token)
            || PeopleNouns.IsPersonNoun(text, token) || Parts.RunsIntoRole(a, k, a.Tokens.Count);
    }

    // Particles from k on, then a capitalised word the article or the catalogue knows as a surname.
    private static bool OpensSurname(ArticleAnalysis a, int k)
    {
        var n = k;
        while (n < a.Tokens.Count && n - k < 3 && Names.IsParticle(a, n))
        {
            n++;
        }

        if (n == k || n >= a.Tokens.Count || !a.Tokens[n].IsCapitalized(a.Text))
        {
            return false;
        }

        var surname = a.Text.AsSpan(a.Tokens[k].Start, a.Tokens[n].End - a.Tokens[k].Start);
        return a.People.FindSurname(surname).Count > 0 || a.People.FindSurname(a.Tokens[n].Span(a.Text)).Count > 0;
    }

    // "the 61-year-old", "the 47-year-old former prosecutor": the age a definite phrase gives, else 0.
    private static int DefiniteAge(ArticleAnalysis a, int start, int end)
    {
        if (end - start < 4 || !a.Tokens[start].Is(a.Text, "the"))
        {
            return 0;
        }

        for (var k = start + 1; k + 2 < end; k++)
        {
            if (Ages.DescribedAt(a, k) is var age and > 0)
            {
                return age;
            }
        }

        return 0;
    }

    private static bool ContainsNamePart(ArticleAnalysis a, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            // "Norway's finance minister, Kari Holm": the owner of a title is no name of the speaker.
            if (Names.IsNamePart(a, k) && !(k + 1 < end && a.Tokens[k + 1].Kind == TokenKind.Possessive))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsRole(ArticleAnalysis a, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Lexicon.RoleNouns.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }
}
