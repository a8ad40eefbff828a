using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

internal sealed record Party(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("words")] IReadOnlyList<string> Words,
    [property: JsonPropertyName("letter")] string Letter);

internal sealed record State(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("abbreviations")] IReadOnlyList<string> Abbreviations);

internal sealed record PartyFile(
    [property: JsonPropertyName("parties")] IReadOnlyList<Party> Parties,
    [property: JsonPropertyName("states")] IReadOnlyList<State> States);

// The parties and states of Lexicon/en/parties.json, looked up by a word of the text.
internal static class PartyLexicon
{
    public static readonly PartyFile File = LexiconFile.Read<PartyFile>("parties.json");

    public static Party? PartyOfWord(string word) =>
        File.Parties.FirstOrDefault(p => p.Words.Contains(word, StringComparer.OrdinalIgnoreCase));

    public static Party? PartyOfLetter(string letter) =>
        File.Parties.FirstOrDefault(p => p.Letter.Equals(letter, StringComparison.OrdinalIgnoreCase));

    public static State? StateNamed(string name) =>
        File.States.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    // "Tenn.", "Tenn", "TN", "N.Y.": a short form, its full stops optional.
    public static State? StateAbbreviated(string written)
    {
        var bare = written.Replace(".", string.Empty, StringComparison.Ordinal);
        return File.States.FirstOrDefault(s => s.Abbreviations.Any(a => a.Replace(".", string.Empty, StringComparison.Ordinal).Equals(bare, StringComparison.OrdinalIgnoreCase)));
    }
}
