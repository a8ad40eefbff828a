namespace NewsTracker.Core.Actors;

// Another way the press writes an actor: "U.S." and "Washington" for the United States.
public sealed class ActorAlias
{
    public const int TextMaxLength = 200;

    public int Id { get; set; }
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public required string Text { get; set; }
}
