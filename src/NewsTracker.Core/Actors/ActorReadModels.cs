namespace NewsTracker.Core.Actors;

// A page of the speaker list. Q finds a speaker by the start of the name, of any word in it, or of any alias.
public sealed record SpeakerQuery(string? Q = null, int Page = 1, int PageSize = ActorQuery.DefaultPageSize);

// A page of the actor list, searched as SpeakerQuery is and optionally one kind only.
public sealed record ActorQuery(string? Q = null, ActorKind? Kind = null, int Page = 1, int PageSize = ActorQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
}

public sealed record SpeakerRow(int Id, string Slug, string Name, string? Role, string? Affiliation, int QuoteCount);

public sealed record ActorRow(int Id, string Slug, string Name, ActorKind Kind, string? Role, string? Affiliation, int QuoteCount, int MentionCount);

public sealed record ActorDetails(
    int Id,
    string Slug,
    string Name,
    ActorKind Kind,
    string? Role,
    ActorLink? Affiliation,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorLink> Members,
    int QuoteCount,
    int MentionCount,
    DateTime? FirstQuotedUtc,
    DateTime? LastQuotedUtc,
    IReadOnlyList<ActorRoleView> Roles);

public sealed record ActorLink(int Id, string Slug, string Name);
