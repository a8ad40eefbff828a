using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

internal sealed record SurnameEndingFile(
    [property: JsonPropertyName("female")] IReadOnlyList<string> Female,
    [property: JsonPropertyName("male")] IReadOnlyList<string> Male);

// A person's gender from the ending of a surname that has a female and a male form (Lexicon/en/surname-endings.json),
// for a name whose first name the first-name list does not know ("Dilnoza Yusupova" is "she").
internal static class SurnameEndings
{
    private static readonly SurnameEndingFile File = LexiconFile.Read<SurnameEndingFile>("surname-endings.json");

    // Longest first, so "-enko" and "-ova" are tried before "-a"-less shorter endings could misread them.
    private static readonly (string Ending, Gender Gender)[] Endings = [.. File.Female.Select(e => (e, Gender.Female))
        .Concat(File.Male.Select(e => (e, Gender.Male)))
        .OrderByDescending(e => e.e.Length)];

    // A surname of at least four letters more than its ending: "Ov" or "Eva" alone is no surname.
    public static Gender Of(ReadOnlySpan<char> surname)
    {
        foreach (var (ending, gender) in Endings)
        {
            if (surname.Length >= ending.Length + 3 && surname.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return gender;
            }
        }

        return Gender.Unknown;
    }

    // "Bettina Szalwinski" in American copy: a given name ending in "-a" with a surname's male form is a woman whose
    // family kept one form of the name, so the ending tells nothing ("Dilshod Yusupov" still is "he").
    public static Gender Of(ReadOnlySpan<char> given, ReadOnlySpan<char> surname) =>
        Of(surname) is var gender && gender == Gender.Male && given.Length > 2 && given[^1] is 'a' or 'A' ? Gender.Unknown : gender;
}
