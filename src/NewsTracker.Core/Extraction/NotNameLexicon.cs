using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

internal sealed record NotNameFile(
    [property: JsonPropertyName("outletWords")] IReadOnlyList<string> OutletWords,
    [property: JsonPropertyName("commonNouns")] IReadOnlyList<string> CommonNouns,
    [property: JsonPropertyName("platforms")] IReadOnlyList<string>? Platforms = null,
    [property: JsonPropertyName("placeOpeners")] IReadOnlyList<string>? PlaceOpeners = null);

// The words of Lexicon/en/not-names.json: the last words of news outlets' names, common nouns that are never a
// person's name on their own (with their plurals), the platforms, companies rather than people, and the words that open
// a place's name.
internal static class NotNameLexicon
{
    public static readonly NotNameFile File = LexiconFile.Read<NotNameFile>("not-names.json");

    public static IEnumerable<string> CommonNounForms() => File.CommonNouns.SelectMany(n => new[] { n, Plural(n) }).Distinct(StringComparer.Ordinal);

    // "market" → "markets", "study" → "studies", "tax" → "taxes"; a word already ending in s ("economics") is its own plural.
    public static string Plural(string noun) =>
        noun.EndsWith('s') ? noun
        : noun.EndsWith('y') && noun.Length > 2 && !"aeiou".Contains(noun[^2], StringComparison.Ordinal) ? noun[..^1] + "ies"
        : noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";
}
