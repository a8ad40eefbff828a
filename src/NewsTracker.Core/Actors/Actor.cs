using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Actors;

public sealed class Actor
{
    public const int NameMaxLength = 200;
    public const int SlugMaxLength = 200;
    public const int RoleMaxLength = 200;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public ActorKind Kind { get; set; }
    public string? Role { get; set; }
    public int? AffiliationId { get; set; }
    public Actor? Affiliation { get; set; }
    public DateTime CreatedUtc { get; set; }

    // Quotes the actor said, and quotes that name it: kept in step by the writers, never counted per row.
    public int QuoteCount { get; set; }
    public int MentionCount { get; set; }

    public List<ActorAlias> Aliases { get; } = [];
    public List<ActorRole> Roles { get; } = [];
    public List<Quote> QuotesSpoken { get; } = [];
    public List<Quote> QuotesMentioning { get; } = [];
}
