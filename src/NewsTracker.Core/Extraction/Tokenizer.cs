namespace NewsTracker.Core.Extraction;

// Splits text into words, numbers and punctuation in one forward pass (linear in the input).
// "U.S.", "N.Korea", "Secretary-General", "O'Brien", "1,00,000" and "3.5" stay single tokens;
// "Russia’s" yields "Russia" and a possessive.
internal static class Tokenizer
{
    private static readonly WordSet Contractions = new("there it that he she what who here let where how everyone nobody somebody");

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 4));
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    public static void Tokenize(string text, int start, int end, List<Token> tokens) => Tokenize(text, start, end, tokens, flags: true);

    // Without flags the word lists are not consulted: for readers that look at the words' text only (topic stems).
    public static void Tokenize(string text, int start, int end, List<Token> tokens, bool flags)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == ' ' || (c > 0x7F ? char.IsWhiteSpace(c) : c is '\n' or '\t' or '\r'))
            {
                i++;
                continue;
            }

            if (char.IsAsciiLetter(c) || (c > 0x7F && char.IsLetter(c)))
            {
                var wordEnd = ReadWord(text, i, end);
                tokens.Add(new Token(i, wordEnd, TokenKind.Word, flags ? Vocabulary.FlagsOf(text.AsSpan(i, wordEnd - i)) : 0));
                i = wordEnd;
                if (i + 1 < end && IsApostrophe(text[i]) && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]))
                    && Contractions.Contains(text.AsSpan(tokens[^1].Start, tokens[^1].Length)))
                {
                    // "There’s", "it's": one word, not a possessive.
                    tokens[^1] = new Token(tokens[^1].Start, i + 2, TokenKind.Word, flags ? Vocabulary.FlagsOf(text.AsSpan(tokens[^1].Start, i + 2 - tokens[^1].Start)) : 0);
                    i += 2;
                }
                else if (i + 1 < end && IsApostrophe(text[i]) && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
                {
                    tokens.Add(new Token(i, i + 2, TokenKind.Possessive));
                    i += 2;
                }
                else if (i < end && IsApostrophe(text[i]) && text[i - 1] is 's' && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])))
                {
                    // Plural possessive: "allies’ position".
                    tokens.Add(new Token(i, i + 1, TokenKind.Possessive));
                    i++;
                }

                continue;
            }

            if (char.IsDigit(c))
            {
                var numberEnd = i + 1;
                while (numberEnd < end && (char.IsLetterOrDigit(text[numberEnd])
                    || (text[numberEnd] is ',' or '.' or '-' && numberEnd + 1 < end && char.IsDigit(text[numberEnd + 1]))))
                {
                    numberEnd++;
                }

                tokens.Add(new Token(i, numberEnd, TokenKind.Number));
                i = numberEnd;
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punct));
            i++;
        }
    }

    public static bool IsPlatformX(string text, int start) =>
        text[start] == 'X' && start >= 3 && text.AsSpan(start - 3, 3).Equals("on ", StringComparison.OrdinalIgnoreCase)
        && (start == 3 || !char.IsLetter(text[start - 4]));

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static int ReadWord(string text, int start, int end)
    {
        var i = start + 1;
        var dots = 0;
        var segmentStart = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || (c > 0x7F && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)))
            {
                i++;
            }
            else if (c is '-' or '‑' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i += 2;
            }
            else if (IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1])
                && !(text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]))))
            {
                i += 2;
            }
            else if (c == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i - start <= 2 + (2 * dots))
            {
                // Acronyms and short prefixes: U.S, N.Korea, e.g
                dots++;
                segmentStart = i + 1;
                i += 2;
            }
            else
            {
                break;
            }
        }

        // A trailing dot belongs to "U.S." and to a single initial ("J."), not to "N.Korea" or an ordinary word, nor to
        // the platform in "… as she wrote on X." ending a sentence.
        if (i < end && text[i] == '.' && ((dots > 0 && i - segmentStart <= 2) || (i - start == 1 && char.IsUpper(text[start]) && !IsPlatformX(text, start))))
        {
            i++;
        }

        return i;
    }
}
