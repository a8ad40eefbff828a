namespace NewsTracker.Core.Actors;

// An actor as the audit log keeps it, before and after a change.
public sealed record ActorSnapshot(
    string Name,
    string Slug,
    string Kind,
    string? Role,
    string? Affiliation,
    IReadOnlyList<string> Aliases,
    int QuoteCount,
    int MentionCount)
{
    public static ActorSnapshot Of(Actor actor) => new(
        actor.Name,
        actor.Slug,
        actor.Kind.ToString(),
        actor.Role,
        actor.Affiliation?.Name,
        actor.Aliases.Select(a => a.Text).Order(StringComparer.Ordinal).ToList(),
        actor.QuoteCount,
        actor.MentionCount);
}
