namespace NewsTracker.Core.Extraction;

// What can be part of a person's name: capitalised words that are not titles, institutions, outlets ("Rhine
// Chronicle"), acronyms ("LNG", "KCNA") or place-based adjectives ("Moscow-based"), plus particles ("al-Amin",
// "von der").
internal static class Names
{
    internal static readonly WordSet Particles = new("von van der den de da di du la le al el bin bint binti ibn abu ben dos das del y");
    private static readonly WordSet IrishParticles = new("ó ní uí mac nic mhic an", indexed: false);
    // "the Korean Peninsula", "the Taiwan Strait": geography, never a person.
    public static readonly WordSet PlaceHeads = new("""
        peninsula sea ocean gulf strait straits island islands mountains mountain river valley bay coast border
        region province city square street avenue canal lake desert basin corridor zone airport port harbour harbor
        station bridge highway plateau delta heights plain plains archipelago reef channel pass cape barracks airbase airfield
        aerodrome cantonment shoal shoals atoll atolls reefs lagoon
        """);

    private static readonly string[] AdjectiveSuffixes = ["-based", "-born", "-led", "-backed", "-run", "-owned", "-controlled", "-held", "-made", "-style", "-aligned", "-funded", "-occupied"];

    public static bool IsNamePart(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        if (Lexicon.CommonCapitalised.Contains(a.Text, token) && IsFirstNameBeforeName(a, k))
        {
            return true;
        }

        if (!token.IsCapitalized(a.Text) || Lexicon.CommonCapitalised.Contains(a.Text, token)
            || Lexicon.OrganisationWords.Contains(a.Text, token) || Lexicon.TitleWords.Contains(a.Text, token)
            || Lexicon.OutletWords.Contains(a.Text, token))
        {
            return false;
        }

        var span = token.Span(a.Text);
        if (PlaceHeads.Contains(span) || (span.Length > 1 && IsAllCaps(span)))
        {
            return false;
        }

        // "Q    Are there more …": a transcript's question label opening the paragraph is no initial.
        if (span.Length == 1 && span[0] is 'Q' or 'A' && (token.Start == 0 || a.Text[token.Start - 1] == '\n')
            && token.End < a.Text.Length && char.IsWhiteSpace(a.Text[token.End]))
        {
            return false;
        }

        foreach (var suffix in AdjectiveSuffixes)
        {
            if (span.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    // "spokesman Jan de Vries": a first name that is also a common capitalised word (a month's short form) is a
    // name when a surname follows it ("Jan 5", "Jan. 5" and "Jan" alone stay dates).
    public static bool IsFirstNameBeforeName(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        if (token.Kind != TokenKind.Word || !token.IsCapitalized(a.Text) || k + 1 >= a.Tokens.Count
            || FirstNames.Of(token.Span(a.Text)) == Gender.Unknown)
        {
            return false;
        }

        var next = a.Tokens[k + 1];
        return IsParticle(a, k + 1)
            || (next.Kind == TokenKind.Word && next.IsCapitalized(a.Text) && !Lexicon.CommonCapitalised.Contains(a.Text, next) && IsNamePart(a, k + 1));
    }

    // "al-Amin", "bin Salman", "von der Leyen" after a first name.
    // "Ní Dhomhnaill", "Van Dijk", "Al Harthy": a surname written with its particle, in any case.
    public static bool OpensWithParticle(ReadOnlySpan<char> firstWord) => IrishParticles.Contains(firstWord) || Particles.Contains(firstWord);

    // "Quaresmão d'Alva", "d’Almeida": an elided particle joined to the capitalised name.
    public static bool IsElidedParticleName(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[0] == 'd' && word[1] is '\'' or '’' && char.IsUpper(word[2]);

    public static bool IsParticle(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        if (token.Kind != TokenKind.Word || !char.IsLower(a.Text[token.Start]))
        {
            return false;
        }

        var span = token.Span(a.Text);
        var dash = span.IndexOf('-');
        if (dash > 0 && dash + 1 < span.Length && char.IsUpper(span[dash + 1]) && Particles.Contains(span[..dash]))
        {
            return true;
        }

        if (IsElidedParticleName(span))
        {
            return true;
        }

        // "Ó hUiginn", "Ní Bhriain", "Mac an tSaoi": an Irish surname's initial mutation after its particle.
        if (IsIrishMutation(span) && k > 0 && IrishParticles.Contains(a.Text, a.Tokens[k - 1]))
        {
            return true;
        }

        // "von der Leyen", "de la Cruz": two particles before the capitalised name.
        return Particles.Contains(span) && k + 1 < a.Tokens.Count
            && (a.Tokens[k + 1].IsCapitalized(a.Text)
                || (k + 2 < a.Tokens.Count && Particles.Contains(a.Text, a.Tokens[k + 1]) && a.Tokens[k + 2].IsCapitalized(a.Text)));
    }

    // "hUiginn", "tSaoi", "nGallchóir": an Irish surname's mutated first letter before its capital.
    public static bool IsIrishMutation(ReadOnlySpan<char> word) => word.Length > 2 && word[0] is 'h' or 'n' or 't' or 'b' or 'm' && char.IsUpper(word[1]);

    // "AIR Institute analyst …": a word of a longer title ("air commodore") written in capitals before a word in ordinary case is a
    // body's acronym; in a label all in capitals ("AIR CDRE MARTEN:") it is still the rank, and "MEP Jan Roos" is a title.
    public static bool IsAcronymNotTitle(ArticleAnalysis a, int k, int end)
    {
        var token = a.Tokens[k];
        return token.Length >= 3 && IsAllCaps(token.Span(a.Text)) && k + 1 < end && a.Tokens[k + 1].IsCapitalized(a.Text)
            && !IsAllCaps(a.Tokens[k + 1].Span(a.Text)) && !TitleLexicon.IsTitle(token.Text(a.Text));
    }

    // Whether any letter is a capital: "al-Harthy" has one, "the ministry" none.
    internal static bool HasCapital(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
