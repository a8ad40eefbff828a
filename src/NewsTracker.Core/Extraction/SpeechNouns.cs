using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

internal sealed record SpeechNounFile([property: JsonPropertyName("nouns")] IReadOnlyList<string> Nouns);

// The nouns of Lexicon/en/speech-nouns.json: what was said or written ("statement", "post", "the central passage").
internal static class SpeechNouns
{
    public static readonly IReadOnlyList<string> Words = LexiconFile.Read<SpeechNounFile>("speech-nouns.json").Nouns;

    // The same nouns as one word list, for the sieves that ask of a token.
    public static readonly WordSet Set = new(Words, indexed: false);
}
