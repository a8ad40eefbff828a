namespace NewsTracker.Core.Extraction.Sieves;

// The standing of a post beside its holder's: "deputy", "shadow", "associate", "of state" make another post of the same
// head word. "The minister" is the minister before the minister of state; "the shadow minister" is the shadow minister.
internal static class PostStanding
{
    private static readonly string[] Words = ["deputy", "vice", "associate", "assistant", "junior", "shadow", "acting", "interim", "under"];

    // "Vice Admiral", "Rear Admiral": grades of one rank, all of them "the admiral".
    private static readonly WordSet Ranks = new("admiral adm adm. marshal", indexed: false);

    private const int OfState = 1 << 16;

    public static bool Same(string? wanted, string? held) => Of(wanted) == Of(held);

    // The standing words a role carries, as bits ("of state" for "Minister of State" as one more); read in place, as it
    // is asked of every holder a title might mean.
    private static int Of(string? role)
    {
        if (role is null)
        {
            return 0;
        }

        var bits = 0;
        var span = role.AsSpan();
        var previous = ReadOnlySpan<char>.Empty;
        while (!span.IsEmpty)
        {
            var cut = span.IndexOfAny(' ', '-');
            var word = cut < 0 ? span : span[..cut];
            span = cut < 0 ? [] : span[(cut + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            var next = span.IndexOfAny(' ', '-') is var n and >= 0 ? span[..n] : span;
            var index = IndexOf(word);
            if (index >= 0 && !(!next.IsEmpty && Ranks.Contains(next)))
            {
                bits |= 1 << index;
            }
            else if (word.Equals("state", StringComparison.OrdinalIgnoreCase) && previous.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                bits |= OfState;
            }

            previous = word;
        }

        return bits;
    }

    private static int IndexOf(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < Words.Length; i++)
        {
            if (word.Equals(Words[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
