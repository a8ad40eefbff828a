namespace NewsTracker.Core.Extraction;

internal enum SpeakerForm : byte
{
    Name,
    Pronoun,
    Title,
    Organisation,
    Anonymous,
}

// The words an attribution uses for its speaker, taken apart: "Russian Foreign Minister Sergei Lavrov"
// is a name with a role and an affiliation; "the NATO chief" a title; "he" a pronoun; "one diplomat" anonymous.
internal sealed record SpeakerPhrase
{
    public required int StartToken { get; init; }

    public required int EndToken { get; init; }

    public required string AsWritten { get; init; }

    public required SpeakerForm Form { get; init; }

    public string? Name { get; init; }

    public string? Pronoun { get; init; }

    public string? Role { get; init; }

    public string? Affiliation { get; init; }

    public string? Organisation { get; init; }

    // From an honorific or a gendered title: "Ms. Kovalenko", "the spokeswoman".
    public Gender Gender { get; init; }

    // "A manager at a private shipyard", "Residents": someone spoke, unnamed.
    public bool IsIndefinite { get; init; }

    // "the President of the Council": the title of a body the phrase names, held by nobody of another post.
    public bool OfNamedBody { get; init; }

    public Actors.ActorKind OrganisationKind { get; init; } = Actors.ActorKind.Organisation;

    // "the 61-year-old", "the 47-year-old former prosecutor": a person described by age (0 when the phrase gives none).
    public int Age { get; init; }
}

internal sealed record Attribution(SpeakerPhrase Phrase, string Rule, int VerbToken);
