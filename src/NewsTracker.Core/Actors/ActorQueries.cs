namespace NewsTracker.Core.Actors;

// How the actor pages and the curation pages name an actor in a URL, written once.
internal static class ActorQueries
{
    // A number names an actor by id; anything else by its current slug.
    public static IQueryable<Actor> ByIdOrSlug(this IQueryable<Actor> actors, string idOrSlug) =>
        int.TryParse(idOrSlug, out var id) ? actors.Where(a => a.Id == id) : actors.Where(a => a.Slug == idOrSlug);
}
