using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

internal sealed record Cue([property: JsonPropertyName("cue")] string Words, [property: JsonPropertyName("closing")] bool Closing = false);

internal sealed record CueFile([property: JsonPropertyName("cues")] IReadOnlyList<Cue> Cues);

// The phrases of Lexicon/en/cues.json that put a source after them: "according to", "in the words of".
internal static class AttributionCues
{
    public static readonly IReadOnlyList<Cue> All = LexiconFile.Read<CueFile>("cues.json").Cues;

    private static readonly (string[] Words, bool Closing)[] Phrases =
        All.Select(c => (c.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries), c.Closing)).ToArray();

    // How many tokens a cue starting at `start` spans (ending before `limit`), or 0 when none starts there.
    // Closing cues count only where the caller reads the source to the end of the sentence.
    public static int LengthAt(ArticleAnalysis a, int start, int limit, bool closing = false)
    {
        var tokens = a.Tokens;
        foreach (var (words, onlyClosing) in Phrases)
        {
            if (onlyClosing && !closing)
            {
                continue;
            }

            var n = 0;
            while (n < words.Length && start + n < limit && tokens[start + n].Is(a.Text, words[n]))
            {
                n++;
            }

            if (n == words.Length)
            {
                return n;
            }
        }

        return 0;
    }
}
