namespace NewsTracker.Core.Actors;

// A post an actor held, with the dates when the newsroom knows them: Stoltenberg and Rutte were both NATO
// Secretary-General, at different times. The actor's own Role is the current one extraction works with.
public sealed class ActorRole
{
    public const int TitleMaxLength = Actor.RoleMaxLength;

    public int Id { get; set; }
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public required string Title { get; set; }
    public int? AffiliationId { get; set; }
    public Actor? Affiliation { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
