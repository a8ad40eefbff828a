namespace NewsTracker.Core.Common;

// Lower-casing on the hot path: ASCII letters directly, anything else through the invariant culture.
internal static class Ascii
{
    public static char ToLower(char c) =>
        c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    public static bool IsAsciiWord(string word)
    {
        foreach (var c in word)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    public static void ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = ToLower(source[i]);
        }
    }
}
