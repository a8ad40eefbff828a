using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

internal sealed record TranscriptLabelFile(
    [property: JsonPropertyName("interviewee")] IReadOnlyList<string> Interviewee,
    [property: JsonPropertyName("nobody")] IReadOnlyList<string> Nobody,
    [property: JsonPropertyName("notLabels")] IReadOnlyList<string> NotLabels,
    [property: JsonPropertyName("headings")] IReadOnlyList<string> Headings);

// The label words of Lexicon/en/transcript-labels.json.
internal static class TranscriptLabels
{
    public static readonly TranscriptLabelFile File = LexiconFile.Read<TranscriptLabelFile>("transcript-labels.json");

    public static readonly WordSet Interviewee = new(File.Interviewee);

    public static readonly WordSet Nobody = new(File.Nobody);

    public static readonly WordSet NotLabels = new(File.NotLabels);

    public static readonly WordSet Headings = new(File.Headings, indexed: false);
}
