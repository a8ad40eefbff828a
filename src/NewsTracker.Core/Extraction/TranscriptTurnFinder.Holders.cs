namespace NewsTracker.Core.Extraction;

// Labels that name an office, not a person: the person the introduction gives that office.
internal static partial class TranscriptTurnFinder
{
    // "PORT AUTHORITY CHAIR:" after "… by Port Authority Chair Ilse Marr": a label that is the title the
    // text gave a person before the label, word for word, stands for that person.
    private static string? TitledInText(ArticleAnalysis a, List<string> words, int label)
    {
        foreach (var mention in a.People.Mentions)
        {
            var k = mention.TokenIndex - words.Count;
            if (mention.TokenIndex >= label)
            {
                return null;
            }

            if (k < 0)
            {
                continue;
            }

            var matches = WordsAt(a, words, k, trimDots: true);

            if (matches)
            {
                return mention.Person.Name;
            }
        }

        return null;
    }

    // "Harbour Master:" after "… Captain Jon Berg, Harbour Master of the northern quay": the label's words in the
    // apposition of a person the introduction names (within a dozen words after the name), before the label.
    private static string? TitledAfterName(ArticleAnalysis a, List<string> words, int label)
    {
        const int Reach = 12;
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex >= label)
            {
                break;
            }

            // The comma after the name ("Marta Lindqvist, Deputy Spokesperson for the Harbour Authority").
            var comma = mention.TokenIndex;
            while (comma >= 0 && comma < label && comma - mention.TokenIndex <= MaxNameWords * 2 && !a.Tokens[comma].Is(a.Text, ',')
                && !a.EndsSentence(comma))
            {
                comma++;
            }

            if (comma < 0 || comma >= label || !a.Tokens[comma].Is(a.Text, ','))
            {
                continue;
            }

            for (var k = comma + 1; k + words.Count <= label && k - comma <= Reach; k++)
            {
                var matches = WordsAt(a, words, k, trimDots: false);

                if (matches)
                {
                    return mention.Person.Name;
                }

                if (a.EndsSentence(k))
                {
                    break;
                }
            }
        }

        return null;
    }

    // "JOINT SECRETARY:" after "… spoke to Ivo Brand, joint secretary at the ministry,": the label's words whole, written in
    // lower case right after a name the article knows, before the label, are that person's office.
    private static string? OfficeApposedToName(ArticleAnalysis a, string[] words, int label)
    {
        for (var k = 1; k + words.Length <= label; k++)
        {
            if (!a.Tokens[k - 1].Is(a.Text, ',') || !char.IsLower(a.Text[a.Tokens[k].Start]) || !WordsAt(a, words, k, trimDots: true))
            {
                continue;
            }

            var first = k - 1;
            while (first - 1 >= 0 && k - 1 - first < 5 && a.Tokens[first - 1].IsCapitalized(a.Text))
            {
                first--;
            }

            if (first < k - 1 && a.People.FindFullName(a.Text[a.Tokens[first].Start..a.Tokens[k - 2].End]) is { } person)
            {
                return person.Name;
            }
        }

        return null;
    }

    // "CABINET SPOKESMAN:" after "… by the Cabinet Spokesman, Minister of Ports Dr. Ivo Marsh", "DMO:" after "the Director,
    // Media Operations (DMO), Major General Ivo Marsh": the label's words, then a comma and a few capitalised words of
    // title or rank before a person's name, stand for that person.
    private static string? ApposedToLabel(ArticleAnalysis a, string labelWords, int label)
    {
        const int Reach = 10;
        var words = labelWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k + words.Length < label; k++)
        {
            var matches = WordsAt(a, words, k, trimDots: true);

            if (!matches)
            {
                continue;
            }

            var after = k + words.Length;
            if (after < label && a.Tokens[after].Is(a.Text, ')'))
            {
                after++;
            }

            // "the Director General of the Nordvik Port Authority, Captain …": the office's body after it (an
            // office of several words, which two people of one article rarely share).
            if (words.Length > 1 && after < label && (a.Tokens[after].Is(a.Text, "of") || a.Tokens[after].Is(a.Text, "for") || a.Tokens[after].Is(a.Text, "at")))
            {
                var body = after + 1;
                while (body < label && body - after <= 6 && (a.Tokens[body].Is(a.Text, "the") || (a.Tokens[body].IsWord && a.Tokens[body].IsCapitalized(a.Text))))
                {
                    body++;
                }

                if (body < label && body > after + 1 && a.Tokens[body].Is(a.Text, ','))
                {
                    after = body;
                }
            }

            if (after >= label || !a.Tokens[after].Is(a.Text, ','))
            {
                continue;
            }

            // The label's words are an office, not someone's name in a list ("Kila Ravu, and Ellen Wardrop") nor a surname
            // ("Spokeswoman Ada Varga, Jon Berg …" for "VARGA:").
            var office = (Start: k, End: after);
            if (a.People.Mentions.Exists(m => m.TokenIndex >= office.Start && m.TokenIndex < office.End)
                || (words.Length == 1 && a.People.FindSurname(a.Tokens[k].Span(a.Text)).Count > 0))
            {
                continue;
            }

            var apposed = a.People.Mentions.Find(m => m.TokenIndex > after && m.TokenIndex <= after + Reach && m.TokenIndex < label);
            if (apposed.Person is not null && !a.Tokens[after + 1].Is(a.Text, "and") && OnlyTitleWordsBetween(a, after + 1, apposed.TokenIndex))
            {
                return apposed.Person.Name;
            }
        }

        return null;
    }

    // The label's words, one token each, from token `k` on.
    private static bool WordsAt(ArticleAnalysis a, IReadOnlyList<string> words, int k, bool trimDots)
    {
        for (var j = 0; j < words.Count; j++)
        {
            if (!a.Tokens[k + j].Is(a.Text, trimDots ? words[j].TrimEnd('.') : words[j]))
            {
                return false;
            }
        }

        return true;
    }

    // "Minister of Ports Dr.", "Major General": capitalised words of office and rank, linked by "of", "for", "and".
    private static bool OnlyTitleWordsBetween(ArticleAnalysis a, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var token = a.Tokens[t];
            if (!(token.IsCapitalized(a.Text) || token.Is(a.Text, "of") || token.Is(a.Text, "for") || token.Is(a.Text, "and") || token.Is(a.Text, '.')))
            {
                return false;
            }
        }

        return true;
    }

    // "PENTAGON PRESS SECRETARY ANN HOLT": the label ends in the full name of a person the article names; the words before
    // are her office, not her name.
    private static string? NamedAtLabelEnd(ArticleAnalysis a, List<string> words)
    {
        if (a.People.FindFullName(string.Join(' ', words.Select(TitleCase))) is not null)
        {
            return null;
        }

        for (var n = Math.Min(3, words.Count - 1); n >= 2; n--)
        {
            var tail = string.Join(' ', words.Skip(words.Count - n).Select(TitleCase));
            var office = words.Take(words.Count - n).Any(IsOfficeWord);
            if (office && a.People.FindFullName(tail) is { Confirmed: true } person)
            {
                return person.Name;
            }
        }

        return null;
    }

    // "CABINET SPOKESMAN", "PRESS SECRETARY": every word a title, a role or an institution's; no one's name.
    private static bool IsOfficeOnly(List<string> words) =>
        words.TrueForAll(w => IsOfficeWord(w) || Lexicon.OrganisationWords.Contains(w.TrimEnd('.')));

    // "THE NATION:", "THE HERALD:": "the" before a word that is no office opens a paper's or a station's name, the
    // interviewer's turn; no person's label starts so ("THE PRESIDENT:" is an office).
    private static bool IsPaperLabel(List<string> words) =>
        words.Count > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && !IsOfficeWord(words[1]);

    // "JOINT SECRETARY:", "CHIEF SPOKESPERSON:": a short label ending in an office, with no word the article gives anyone as
    // a name, is that office; it never makes a person called "Joint Secretary".
    private static bool IsOfficeLabel(ArticleAnalysis a, List<string> words) =>
        words.Count <= 3 && IsOfficeWord(words[^1])
        && words.TrueForAll(w => a.People.FindSurname(TitleCase(w.TrimEnd('.'))).Count == 0 && FirstNames.Of(w.TrimEnd('.')) == Gender.Unknown);

    // Broadcast vox pops: "FARMER IN THE EMMENTAL", "STUDENT IN BISHKEK", "SHOP OWNER": a person described by what they
    // do or where they are, never a name.
    private static bool IsVoxPopLabel(List<string> words) =>
        words.Exists(w => PeopleNouns.IsSingularPersonNoun(w) || VoxPopWords.Contains(w))
        && words.TrueForAll(w => FirstNames.Of(w) == Gender.Unknown);

    private static readonly WordSet VoxPopWords = new("owner in from at near outside", indexed: false);

    private static bool IsOfficeWord(string word) => Lexicon.TitleWords.Contains(word.TrimEnd('.')) || Lexicon.RoleNouns.Contains(word.TrimEnd('.'));
}
