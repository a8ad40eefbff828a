using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsTracker.Core.Common;

// Normalised word forms shared by duplicate detection and statement matching:
// case, diacritics, punctuation and curly-vs-straight marks never make two texts differ.
public static class TextFingerprint
{
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Decompose(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' && current.Length > 0)
            {
                // "NATO's" and "NATO’s" are one word.
                continue;
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    // Normalize throws on lone surrogates, which pasted or imported junk can contain.
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
                builder.Append(paired && c is not ('\uFFFE' or '\uFFFF') ? c : '\uFFFD');
            }

            var repaired = builder.ToString();
            try
            {
                return repaired.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                return repaired;
            }
        }
    }

    public static string Hash(string text) => Sha256(string.Join(' ', Words(text)));

    // The statement key: the first eight bytes of Sha256 of the joined words, big-endian. Among a million statements
    // the odds that any two share a key by chance are about 1 in 37 million, as for the 64-bit shingle hashes.
    public static long Key(IReadOnlyList<string> words) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));

    public static string Sha256(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    // FNV-1a over a run of words: stable across processes, unlike string.GetHashCode.
    public static long RunHash(IReadOnlyList<string> words, int start, int count)
    {
        const ulong OffsetBasis = 14695981039346656037;
        const ulong Prime = 1099511628211;
        var hash = OffsetBasis;
        for (var i = start; i < start + count; i++)
        {
            foreach (var c in words[i])
            {
                hash = (hash ^ c) * Prime;
            }

            hash = (hash ^ ' ') * Prime;
        }

        return unchecked((long)hash);
    }
}
