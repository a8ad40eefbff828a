using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsTracker.Core.Common;

// The one normal form of a name, for every index that finds a person or institution by name: the article's people,
// the compiled catalogue and the cross-article registry. Case and diacritics never count ("DVOŘÁK" = "Dvorak"),
// nor letters that Unicode does not decompose ("Østergaard" = "Ostergaard", "Wałęsa" = "Walesa", "Strauß" =
// "Strauss"); apostrophes join ("O’Brien" = "OBrien" = "O'Brien"); hyphens, dots and other marks separate words
// ("al-Amin" = "al Amin", "U.S." = "U S"); a leading "the" is dropped ("the Kremlin" = "Kremlin").
internal static class NameKey
{
    private const int StackLimit = 256;

    // What each character of the Latin, Greek and Cyrillic blocks folds to: lower case, marks dropped, "ß" as "ss".
    private const int Blocks = 0x04FF;
    private const int ExtendedFirst = 0x1E00;
    private const int ExtendedLast = 0x1FFF;
    private static readonly string[] Letters = FoldTable(0x0080, Blocks);
    private static readonly string[] ExtendedLetters = FoldTable(ExtendedFirst, ExtendedLast);

    public static readonly NameComparer Comparer = new();

    public static string Of(string name) => Of(name.AsSpan());

    public static string Of(ReadOnlySpan<char> name)
    {
        char[]? rented = null;
        var buffer = name.Length * 2 <= StackLimit ? stackalloc char[name.Length * 2] : (rented = ArrayPool<char>.Shared.Rent(name.Length * 2));
        var key = new string(buffer[..Fold(name, buffer)]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return key;
    }

    // The key's last word: a person's surname as the registry indexes it ("al-Amin" → "amin").
    public static string LastWord(string name)
    {
        var key = Of(name);
        return key[(key.LastIndexOf(' ') + 1)..];
    }

    // Writes the key into `destination` (at least twice the name's length) and returns its length.
    public static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '\'' or '’' or 'ʼ' or '‘')
            {
                // "O’Brien" is one word.
                continue;
            }

            var folded = FoldChar(c, out var single);
            if (folded is null && single == '\0')
            {
                // A combining mark: part of the letter before it.
                continue;
            }

            if (folded is null && single == ' ')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            if (folded is null)
            {
                destination[length++] = single;
            }
            else
            {
                folded.CopyTo(destination[length..]);
                length += folded.Length;
            }
        }

        return DropLeadingThe(destination, length);
    }

    // Lower-cases and folds one character: a string when it folds to several letters, else `single`, which is
    // ' ' for a word break and '\0' for a mark to drop.
    private static string? FoldChar(char c, out char single)
    {
        if (c < 0x80)
        {
            single = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : char.IsAsciiLetterOrDigit(c) ? c : ' ';
            return null;
        }

        var table = c <= Blocks ? Letters : c is >= (char)ExtendedFirst and <= (char)ExtendedLast ? ExtendedLetters : null;
        if (table is not null)
        {
            var folded = table[c - (c <= Blocks ? 0x0080 : ExtendedFirst)];
            single = folded.Length == 1 ? folded[0] : '\0';
            return folded.Length > 1 ? folded : null;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            single = '\0';
            return null;
        }

        single = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
        return null;
    }

    private static int DropLeadingThe(Span<char> key, int length)
    {
        if (length > 4 && key[..4].SequenceEqual("the "))
        {
            key[4..length].CopyTo(key);
            return length - 4;
        }

        return length;
    }

    private static string[] FoldTable(int first, int last)
    {
        var table = new string[last - first + 1];
        for (var c = first; c <= last; c++)
        {
            var letter = (char)c;
            var folded = new StringBuilder();
            foreach (var part in letter.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    folded.Append(char.ToLowerInvariant(part));
                }
            }

            table[c - first] = Undecomposed(folded.ToString()) is { } special ? special
                : folded.Length == 1 && !char.IsLetterOrDigit(folded[0]) ? " "
                : folded.ToString();
        }

        return table;
    }

    // Letters Unicode does not decompose, written as the wires transliterate them.
    private static string? Undecomposed(string letter) => letter switch
    {
        "ø" => "o",
        "ł" => "l",
        "đ" or "ð" => "d",
        "ħ" => "h",
        "ı" => "i",
        "ŧ" => "t",
        "ß" => "ss",
        "æ" => "ae",
        "œ" => "oe",
        "þ" => "th",
        _ => null,
    };

    // Equality of keys without building them: for dictionaries keyed by name, looked up by string or by span.
    internal sealed class NameComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
    {
        public bool Equals(string? x, string? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Equals(x.AsSpan(), y));

        public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<char> alternate, string other)
        {
            // Buffers of the names' own size: a lookup runs for many capitalised words of an article.
            if (alternate.Length * 2 > StackLimit || other.Length * 2 > StackLimit)
            {
                return Of(alternate) == Of(other);
            }

            Span<char> left = stackalloc char[alternate.Length * 2];
            Span<char> right = stackalloc char[other.Length * 2];
            return left[..Fold(alternate, left)].SequenceEqual(right[..Fold(other, right)]);
        }

        public int GetHashCode(ReadOnlySpan<char> alternate)
        {
            if (alternate.Length * 2 > StackLimit)
            {
                return string.GetHashCode(Of(alternate), StringComparison.Ordinal);
            }

            Span<char> key = stackalloc char[alternate.Length * 2];
            return string.GetHashCode(key[..Fold(alternate, key)], StringComparison.Ordinal);
        }

        public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
    }
}
