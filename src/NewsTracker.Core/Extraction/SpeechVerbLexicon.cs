using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

[JsonConverter(typeof(JsonStringEnumConverter<VerbUse>))]
internal enum VerbUse
{
    // Introduces a direct quote or a content clause: said, warned.
    [JsonStringEnumMemberName("speech")]
    Speech,

    // Introduces a direct quote only: “…?” she asked.
    [JsonStringEnumMemberName("quote-only")]
    QuoteOnly,

    // Frames a fragment in the speaker's words (called it “a sham”) without reporting speech itself.
    [JsonStringEnumMemberName("characterise")]
    Characterise,
}

[JsonConverter(typeof(JsonStringEnumConverter<ThatClause>))]
internal enum ThatClause
{
    [JsonStringEnumMemberName("required")]
    Required,

    [JsonStringEnumMemberName("optional")]
    Optional,
}

// One line of speech-verbs.json.
internal sealed record SpeechVerb(
    [property: JsonPropertyName("verb")] string Verb,
    [property: JsonPropertyName("use")] VerbUse Use = VerbUse.Speech,
    [property: JsonPropertyName("that")] ThatClause That = ThatClause.Required,
    [property: JsonPropertyName("forms")] IReadOnlyList<string>? Forms = null,
    [property: JsonPropertyName("past")] string? Past = null,
    [property: JsonPropertyName("double")] bool Double = false,
    [property: JsonPropertyName("also")] IReadOnlyList<string>? Also = null)
{
    public static readonly IReadOnlyList<string> AllForms = ["base", "s", "ed", "ing"];

    // Every spelling the verb counts in: the forms it allows, generated from the base, and its extra spellings.
    public IEnumerable<string> Inflections()
    {
        foreach (var form in Forms ?? AllForms)
        {
            yield return form switch
            {
                "base" => Verb,
                "s" => Inflection.ThirdPerson(Verb),
                "ed" => Past ?? Inflection.Past(Verb, Double),
                "ing" => Inflection.Participle(Verb, Double),
                _ => throw new InvalidDataException($"Speech verb \"{Verb}\" lists an unknown form \"{form}\"; use base, s, ed or ing."),
            };
        }

        foreach (var spelling in Also ?? [])
        {
            yield return spelling;
        }
    }
}

internal sealed record SpeechVerbFile([property: JsonPropertyName("verbs")] IReadOnlyList<SpeechVerb> Verbs);

// The speech verbs of Lexicon/en/speech-verbs.json, as the word sets the extractor asks.
internal static class SpeechVerbLexicon
{
    public static readonly IReadOnlyList<SpeechVerb> All = LexiconFile.Read<SpeechVerbFile>("speech-verbs.json").Verbs;

    public static IEnumerable<string> FormsOf(Func<SpeechVerb, bool> which) => All.Where(which).SelectMany(v => v.Inflections());
}
