using System.Collections.Frozen;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

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
internal static partial class PartyLexicon
{
    public static readonly PartyFile File = LexiconFile.Read<PartyFile>("parties.json");

    // Asked of every capitalised run and phrase word: looked up by span, without a copy of the word.
    private static readonly FrozenDictionary<string, Party>.AlternateLookup<ReadOnlySpan<char>> PartiesByWord = File.Parties
        .SelectMany(p => p.Words.Select(w => (Word: w, Party: p)))
        .DistinctBy(e => e.Word, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(e => e.Word, e => e.Party, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, State>.AlternateLookup<ReadOnlySpan<char>> StatesByName = File.States
        .ToFrozenDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static Party? PartyOfWord(ReadOnlySpan<char> word) => PartiesByWord.TryGetValue(word, out var party) ? party : null;

    // "Republican", "Democrat" written as a party word: capitalised, so "a democrat at heart" is none.
    public static bool IsPartyWord(string text, Token token) => token.IsCapitalized(text) && PartyOfWord(token.Span(text)) is not null;

    public static Party? PartyOfLetter(string letter) =>
        File.Parties.FirstOrDefault(p => p.Letter.Equals(letter, StringComparison.OrdinalIgnoreCase));

    public static State? StateNamed(ReadOnlySpan<char> name) => StatesByName.TryGetValue(name, out var state) ? state : null;

    // "Tenn.", "Tenn", "TN", "N.Y.": a short form, its full stops optional.
    public static State? StateAbbreviated(string written)
    {
        var bare = written.Replace(".", string.Empty, StringComparison.Ordinal);
        return File.States.FirstOrDefault(s => s.Abbreviations.Any(a => a.Replace(".", string.Empty, StringComparison.Ordinal).Equals(bare, StringComparison.OrdinalIgnoreCase)));
    }

    // "(R-Tenn.)", "D-N.Y.", "R-TN": the party's letter and the state's short form.
    [GeneratedRegex(@"\b([RDI])-([A-Z][A-Za-z.]{0,5})", RegexOptions.NonBacktracking)]
    public static partial Regex PartyLetter();

    // The words inside "Rep. Lina Marsh (D-Ohio)": a party letter and a state, nothing else; a state legislator's
    // district town ("(R-Harbourton)", "(D-Port Vesey)") stands where the state does.
    // "(R)" alone, as governors and candidates are tagged, is a party bracket too.
    public static bool IsPartyBracket(string inner) => PartyOfLetter(inner.Trim()) is not null && inner.Trim().Length == 1
        || (PartyLetter().Match(inner) is { Success: true } match && match.Index == 0
            && (StateAbbreviated(match.Groups[2].Value) is not null || StateNamed(inner[(match.Groups[2].Index)..].Trim()) is not null
                || PartyAndTown().IsMatch(inner.Trim())))
        || PartyAndSeat().IsMatch(inner.Trim());

    [GeneratedRegex(@"^[RDI]-\p{Lu}\p{Ll}+(\s\p{Lu}\p{Ll}+){0,2}$", RegexOptions.NonBacktracking)]
    private static partial Regex PartyAndTown();

    // "(PN–Kubang Kerian)", "(BNP - Sylhet-1)": a party's acronym and the seat its member holds, as parliaments write them.
    [GeneratedRegex(@"^\p{Lu}{2,6}\s?[-–—]\s?\p{Lu}[\p{L}'.-]*(\s\p{Lu}[\p{L}'.-]*){0,3}$", RegexOptions.NonBacktracking)]
    private static partial Regex PartyAndSeat();
}
