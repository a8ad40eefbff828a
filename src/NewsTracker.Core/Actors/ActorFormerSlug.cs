namespace NewsTracker.Core.Actors;

// A slug an actor had before a rename, or the slug of an actor merged into it: old links still find it.
public sealed class ActorFormerSlug
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int ActorId { get; set; }
}
