using System.Collections.Frozen;
using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

internal sealed record CompanyFile(
    [property: JsonPropertyName("nameEnds")] IReadOnlyList<string> NameEnds,
    [property: JsonPropertyName("sectorWords")] IReadOnlyList<string> SectorWords,
    [property: JsonPropertyName("references")] IReadOnlyList<string> References);

// The words of Lexicon/en/companies.json: how a company's name ends ("Halden Energy") and the nouns that stand for
// a company named before ("the firm said").
internal static class CompanyLexicon
{
    public static readonly CompanyFile File = LexiconFile.Read<CompanyFile>("companies.json");

    private static readonly FrozenSet<string> NameEnds = File.NameEnds.Concat(File.SectorWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Sectors = File.SectorWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> References = File.References.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "Holdings" or "Energy": a word a company's name may end in, portfolios included.
    public static bool EndsCompanyName(ReadOnlySpan<char> word) => NameEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // "Energy", "Minerals": a word many companies' names end in that is also a portfolio.
    public static bool IsSectorWord(ReadOnlySpan<char> word) => Sectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsReference(string word) => References.Contains(word);

    // "Athens-based", "Greek-owned": describes the company, is no part of its name.
    public static bool IsDescribingCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    // A lower-case noun for a company or a paper at token k: "grid operator Ternova", "the daily Nordposten" name one.
    public static bool IsCompanyOrPaperNoun(ArticleAnalysis a, int k) =>
        a.Tokens[k].IsWord && char.IsLower(a.Text[a.Tokens[k].Start])
        && (IsReference(a.Tokens[k].Text(a.Text)) || EndsCompanyName(a.Tokens[k].Span(a.Text)) || Lexicon.NewspaperNouns.Contains(a.Text, a.Tokens[k]));
}
