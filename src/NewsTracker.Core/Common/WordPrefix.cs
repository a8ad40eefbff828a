namespace NewsTracker.Core.Common;

// A list's search box as a LIKE pattern matching the start of a name or of any word in it: "% stolt%" against
// " " + the column, with the word-parting characters turned into spaces on both sides (the caller replaces the
// same characters in the column). The user's text is escaped, so % and _ are plain characters.
// SQLite's LIKE folds case for ASCII letters only.
public static class WordPrefix
{
    public const string Escape = "\\";

    public static string? Pattern(string? q, params char[] partsWords)
    {
        var text = q ?? string.Empty;
        foreach (var c in partsWords)
        {
            text = text.Replace(c, ' ');
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var escaped = string.Join(' ', words).Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
        return "% " + escaped + "%";
    }
}
