using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

internal sealed record PeopleNounFile(
    [property: JsonPropertyName("female")] IReadOnlyList<string> Female,
    [property: JsonPropertyName("male")] IReadOnlyList<string> Male,
    [property: JsonPropertyName("other")] IReadOnlyList<string> Other);

// Nouns that introduce a person by a single name, "a grandmother named Liv", "her son Devon" (Lexicon/en/people-nouns.json): features
// from camps and front lines name civilians by a first name alone, which is otherwise no evidence of a person.
internal static class PeopleNouns
{
    private static readonly PeopleNounFile File = LexiconFile.Read<PeopleNounFile>("people-nouns.json");

    private static readonly WordSet Female = new(File.Female, indexed: false);
    private static readonly WordSet Male = new(File.Male, indexed: false);
    private static readonly WordSet Other = new(File.Other, indexed: false);

    private static readonly WordSet Owners = new("her his their my our", indexed: false);

    // "farmer", "engineer": a noun for someone by what they do, which can stand before their name like a title.
    public static bool IsTrade(string text, Token token) => Other.Contains(text, token);

    // "woman", "fisherman", "farmer": a singular noun for one person written in lower case, with the gender it tells
    // (Unknown for most trades); null for any other word.
    public static Gender? SingularGender(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) ? SingularGender(token.Span(text)) : null;

    // "fisherman", "STUDENT": a singular noun for one person, in any case.
    public static bool IsSingularPersonNoun(string word) => SingularGender(word) is not null;

    private static Gender? SingularGender(ReadOnlySpan<char> word) =>
        Female.Contains(word) ? Gender.Female : Male.Contains(word) ? Gender.Male : Other.Contains(word) ? Gender.Unknown : null;

    private static readonly WordSet Kin = new("family families relatives parents children", indexed: false);

    // "his widow", "the family", "neighbours": people the article describes by who they are to someone, singular or plural.
    public static bool IsPersonNoun(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || !char.IsLower(text[token.Start]))
        {
            return false;
        }

        var word = token.Span(text);
        var singular = word.Length > 3 && word[^1] == 's' ? word[..^1] : word;
        return Kin.Contains(word) || Female.Contains(singular) || Male.Contains(singular) || Other.Contains(singular)
            || Female.Contains(word) || Male.Contains(word) || Other.Contains(word);
    }

    // "Ostap, a retired miner,", "Oksana, a nurse who …": a first name described as a person right after it, with
    // the gender the noun tells (Unknown for most trades); null when no such description follows the name ending at `end`.
    public static Gender? DescribedAfter(ArticleAnalysis a, int end)
    {
        var tokens = a.Tokens;
        if (end + 2 >= tokens.Count || !tokens[end].Is(a.Text, ',') || !(tokens[end + 1].Is(a.Text, "a") || tokens[end + 1].Is(a.Text, "an")))
        {
            return null;
        }

        for (var k = end + 2; k < tokens.Count && k <= end + 4 && tokens[k].IsWord && char.IsLower(a.Text[tokens[k].Start]); k++)
        {
            if (SingularGender(a.Text, tokens[k]) is { } gender && k + 1 < tokens.Count && ClosesDescription(a, tokens[k + 1]))
            {
                return gender;
            }
        }

        return null;
    }

    private static bool ClosesDescription(ArticleAnalysis a, Token next) =>
        next.Is(a.Text, ',') || next.Is(a.Text, '.') || next.Is(a.Text, "who") || next.Is(a.Text, "from") || next.Is(a.Text, "in");

    // The gender the noun before "named" or "called" gives the name at `nameStart` (Unknown for "a farmer named …");
    // null when the words before the name are no such introduction.
    // "who gave his first name as Ruslan", "identified herself only as Ada", "asked to be identified as Lin": a
    // person who gives one name, with the gender the pronoun tells.
    private static Gender? GivenNameAs(ArticleAnalysis a, int asToken)
    {
        Gender? gender = null;
        var introduced = false;
        for (var k = asToken - 1; k >= 0 && asToken - k <= 5; k--)
        {
            var token = a.Tokens[k];
            if (token.Is(a.Text, "name") || token.Is(a.Text, "identified") || token.Is(a.Text, "posts"))
            {
                introduced = true;
            }
            else if (token.Is(a.Text, "her") || token.Is(a.Text, "herself"))
            {
                gender ??= Gender.Female;
            }
            else if (token.Is(a.Text, "his") || token.Is(a.Text, "himself"))
            {
                gender ??= Gender.Male;
            }
            else if (!token.IsWord)
            {
                break;
            }
        }

        return introduced ? gender ?? Gender.Unknown : null;
    }

    // "as" after the words that give a name ("gave her name as"), or a comma right after "name" ("who gave only her
    // first name, Signe,").
    private static bool IntroducesGivenName(ArticleAnalysis a, int k) =>
        (a.Tokens[k].Is(a.Text, "as") || (a.Tokens[k].Is(a.Text, ',') && k > 0 && a.Tokens[k - 1].Is(a.Text, "name")))
        && GivenNameAs(a, k) is not null;

    // "a net mender who gave her name as Siri", "a diver, who gave his first name as Jouni,": the name a person gave
    // between `from` and `to`, as the tokens it spans; (-1, -1) when none.
    public static (int Start, int End) GivenNameIn(ArticleAnalysis a, int from, int to)
    {
        for (var k = to - 2; k > from; k--)
        {
            if (!IntroducesGivenName(a, k) || !a.Tokens[k + 1].IsCapitalized(a.Text))
            {
                continue;
            }

            var end = k + 1;
            while (end < to && end - k <= 3 && a.Tokens[end].IsWord && a.Tokens[end].IsCapitalized(a.Text))
            {
                end++;
            }

            return (k + 1, end);
        }

        return (-1, -1);
    }

    public static Gender? Introducing(ArticleAnalysis a, int nameStart)
    {
        // "her son Devon", "Lund's wife Maria", "Her son, Tomek,": a relative named after the one they belong to.
        var apposed = nameStart >= 3 && a.Tokens[nameStart - 1].Is(a.Text, ',') ? 1 : 0;
        if (nameStart - apposed >= 2 && (Owners.Contains(a.Text, a.Tokens[nameStart - apposed - 2]) || a.Tokens[nameStart - apposed - 2].Kind == TokenKind.Possessive))
        {
            // "Her colleague Oksana", "their neighbour Ostap": someone named after the person they are to someone.
            var relative = a.Tokens[nameStart - apposed - 1];
            var gender = SingularGender(a.Text, relative);
            if (gender is not null)
            {
                return gender;
            }
        }

        if (nameStart >= 3 && IntroducesGivenName(a, nameStart - 1) && GivenNameAs(a, nameStart - 1) is { } given)
        {
            return given;
        }

        if (nameStart < 2 || !(a.Tokens[nameStart - 1].Is(a.Text, "named") || a.Tokens[nameStart - 1].Is(a.Text, "called")))
        {
            return null;
        }

        var noun = a.Tokens[nameStart - 2];
        return Female.Contains(a.Text, noun) ? Gender.Female
            : Male.Contains(a.Text, noun) ? Gender.Male
            : Other.Contains(a.Text, noun) ? Gender.Unknown
            : null;
    }
}
