using System.Text.Json;

namespace NewsTracker.Core.Extraction;

internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}

internal static class Genders
{
    public static Gender Opposite(Gender gender) => gender switch
    {
        Gender.Male => Gender.Female,
        Gender.Female => Gender.Male,
        _ => Gender.Unknown,
    };

    // "Congresswoman", "Committee Chairman": a gendered title (titles.json) as the role's last word tells;
    // "Commander" or "Manager" does not.
    public static Gender OfRole(string role)
    {
        var last = role.AsSpan(role.LastIndexOf(' ') + 1);
        return Lexicon.FemaleCues.Contains(last) ? Gender.Female : Lexicon.MaleCues.Contains(last) ? Gender.Male : Gender.Unknown;
    }
}

// Common first names, only to tell "he" from "she" when two people stand in the same paragraph.
internal static class FirstNames
{
    private static readonly Lazy<(WordSet Female, WordSet Male)> Lists = new(Load);

    public static Gender Of(ReadOnlySpan<char> firstName)
    {
        var (female, male) = Lists.Value;
        if (female.Contains(firstName))
        {
            return Gender.Female;
        }

        return male.Contains(firstName) ? Gender.Male : Gender.Unknown;
    }

    private static (WordSet, WordSet) Load()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream("ReferenceData.first-names.json")
            ?? throw new InvalidOperationException("Embedded first-names.json is missing.");
        using var document = JsonDocument.Parse(stream);
        var female = document.RootElement.GetProperty("female").EnumerateArray().Select(e => e.GetString()!);
        var male = document.RootElement.GetProperty("male").EnumerateArray().Select(e => e.GetString()!);
        return (new WordSet(female), new WordSet(male));
    }
}
