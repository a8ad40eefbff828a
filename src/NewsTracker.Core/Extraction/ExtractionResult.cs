using NewsTracker.Core.Actors;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Extraction;

public sealed record ExtractionResult(
    string CleanBody,
    IReadOnlyList<ExtractedQuote> Quotes,
    IReadOnlyList<string> Topics,
    IReadOnlyList<PersonMention> People);

// Start and End are offsets into CleanBody: [Start, End). A quote split by its attribution spans both parts.
// Speaker is null when the text does not settle who spoke; SpeakerAsWritten keeps what it did say, and Source
// describes an unnamed source ("a senior US official") the attribution gave instead of a name.
public sealed record ExtractedQuote(
    string Text,
    QuoteKind Kind,
    int Start,
    int End,
    ExtractedSpeaker? Speaker,
    string? SpeakerAsWritten,
    double Confidence,
    string Rule,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Topics,
    UnnamedSource? Source = null);

// Name is the fullest form the article (or the catalogue) gives: "Jens Stoltenberg", "Kremlin".
public sealed record ExtractedSpeaker(string Name, ActorKind Kind, string? Role, string? Affiliation);

// A person the article introduces ("Russian Foreign Minister Sergei Lavrov").
public sealed record PersonMention(string Name, string? Role, string? Affiliation);
