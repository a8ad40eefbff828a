namespace NewsTracker.Core.Actors;

// What an editor typed for an actor. Affiliation is an actor's id, slug, name or alias; Aliases is the
// whole list the actor should have afterwards (added ones are checked, missing ones removed).
public sealed record ActorInput(string? Name, ActorKind Kind, string? Role, string? Affiliation, IReadOnlyList<string> Aliases);

// A post held, with optional dates ("2014-10-01"); Affiliation as for ActorInput.
public sealed record ActorRoleInput(string? Title, string? Affiliation, DateOnly? From, DateOnly? To);

public enum CurationStatus
{
    Done,
    Invalid,
    NotFound,

    // Several actors answer to the name given as a merge target or affiliation: Candidates lists them.
    Ambiguous,
}

public sealed record CurationResult(
    CurationStatus Status,
    string? Slug = null,
    IReadOnlyList<string>? Errors = null,
    IReadOnlyList<ActorLink>? Candidates = null)
{
    public bool Succeeded => Status == CurationStatus.Done;

    public IReadOnlyList<string> Messages => Errors ?? [];

    public static CurationResult Done(string slug) => new(CurationStatus.Done, slug);

    public static CurationResult Invalid(params string[] errors) => new(CurationStatus.Invalid, Errors: errors);

    public static CurationResult Invalid(IReadOnlyList<string> errors) => new(CurationStatus.Invalid, Errors: errors);

    public static CurationResult Missing(string message) => new(CurationStatus.NotFound, Errors: [message]);
}

// What a merge left: the surviving actor and the one that went.
public sealed record MergeResult(CurationResult Outcome, ActorDetails? Survivor = null, ActorLink? Merged = null);

// The actor as the edit form shows it.
public sealed record ActorEditView(
    int Id,
    string Slug,
    string Name,
    ActorKind Kind,
    string? Role,
    ActorLink? Affiliation,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorRoleView> Roles,
    int QuoteCount,
    int MentionCount);

public sealed record ActorRoleView(int Id, string Title, ActorLink? Affiliation, DateOnly? From, DateOnly? To);

// An actor that looks like extraction junk, and why.
public sealed record SuspiciousActor(int Id, string Slug, string Name, ActorKind Kind, int QuoteCount, int MentionCount, IReadOnlyList<string> Reasons);
