namespace NewsTracker.Core.Extraction.Sieves;

// The standing of a post beside its holder's: "deputy", "shadow", "associate", "of state" make another post of the same
// head word. "The minister" is the minister before the minister of state; "the shadow minister" is the shadow minister.
internal static class PostStanding
{
    private static readonly WordSet Words = new("deputy vice associate assistant junior shadow acting interim under", indexed: false);

    // "Vice Admiral", "Rear Admiral": grades of one rank, all of them "the admiral".
    private static readonly WordSet Ranks = new("admiral adm adm. marshal", indexed: false);

    public static bool Same(string? wanted, string? held) => string.Equals(Of(wanted), Of(held), StringComparison.Ordinal);

    // The standing words a role carries, in order and in lower case ("of state" for "Minister of State").
    private static string Of(string? role)
    {
        if (role is null)
        {
            return "";
        }

        var words = role.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var standing = new List<string>(2);
        for (var i = 0; i < words.Length; i++)
        {
            if (Words.Contains(words[i]) && !(i + 1 < words.Length && Ranks.Contains(words[i + 1])))
            {
                standing.Add(words[i].ToLowerInvariant());
            }
            else if (i > 0 && words[i].Equals("state", StringComparison.OrdinalIgnoreCase) && words[i - 1].Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                standing.Add("of state");
            }
        }

        standing.Sort(StringComparer.Ordinal);
        return string.Join(' ', standing);
    }
}
