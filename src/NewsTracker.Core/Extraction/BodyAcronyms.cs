namespace NewsTracker.Core.Extraction;

// "the HSB said" after "Freedonia's Harbour Safety Board said": a body the copy goes on to call by its initials.
internal static class BodyAcronyms
{
    // The body quoted earlier whose last words' initials an acronym of three or more capitals is ("JCS" for "… Joint Chiefs
    // of Staff"); null when the name is no acronym or no one body fits.
    public static ExtractedSpeaker? SpelledOut(string name, IEnumerable<ExtractedSpeaker?> earlier)
    {
        if (name.Length is < 3 or > 6 || !name.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        ExtractedSpeaker? found = null;
        foreach (var body in earlier)
        {
            if (body is not { Kind: Actors.ActorKind.Organisation } || body.Name == name || !Initials(body.Name).EndsWith(name, StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null && found.Name != body.Name)
            {
                return null;
            }

            found = body;
        }

        return found;
    }

    // "Joint Chiefs of Staff" → "JCS": the first letters of the capitalised words.
    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
}
