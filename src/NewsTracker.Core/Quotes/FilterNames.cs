using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Quotes;

// What a speaker, actor or topic filter names, however the analyst typed it: an id, a slug, the name or any alias
// (any case), or a word of the name ("Stoltenberg"). Several actors sharing that word: the most quoted one.
public sealed class FilterNames(NewsDbContext db)
{
    // AsSpeaker: a word shared by several names goes to the most quoted speaker, not the most mentioned actor.
    public async Task<NamedFacet?> ActorAsync(string text, bool asSpeaker, CancellationToken ct)
    {
        var actors = db.Actors.AsNoTracking();

        var typed = text.Trim();
        var lower = typed.ToLowerInvariant();
        var slug = Slug.From(typed);
        var candidates = new[]
        {
            actors.ByIdOrSlug(typed),
            actors.Where(a => a.Name.ToLower() == lower),
            actors.Where(a => a.Aliases.Any(x => x.Text.ToLower() == lower)),
            actors.Where(a => a.Slug == slug),
        };
        foreach (var candidate in candidates)
        {
            if (await Facet(candidate).FirstOrDefaultAsync(ct) is { } found)
            {
                return found;
            }
        }

        if (WordPrefix.Pattern(typed, '-', '\'') is not { } pattern)
        {
            return null;
        }

        // Whole words only: "Stoltenberg" names Jens Stoltenberg, "Stolt" names nobody.
        var word = pattern[..^1] + " %";
        var sharing = actors.Where(a => EF.Functions.Like((" " + a.Name + " ").Replace("-", " ").Replace("'", " "), word, WordPrefix.Escape)
            || a.Aliases.Any(x => EF.Functions.Like((" " + x.Text + " ").Replace("-", " ").Replace("'", " "), word, WordPrefix.Escape)));
        sharing = asSpeaker
            ? sharing.OrderByDescending(a => a.QuoteCount).ThenBy(a => a.Id)
            : sharing.OrderByDescending(a => a.QuoteCount + a.MentionCount).ThenBy(a => a.Id);
        return await Facet(sharing).FirstOrDefaultAsync(ct);
    }

    public Task<NamedFacet?> TopicAsync(string text, CancellationToken ct)
    {
        var typed = text.Trim();
        var lower = typed.ToLowerInvariant();
        var slug = Slug.From(typed);
        var topics = int.TryParse(typed, out var id)
            ? db.Topics.AsNoTracking().Where(t => t.Id == id)
            : db.Topics.AsNoTracking().Where(t => t.Slug == typed || t.Slug == slug || t.Name.ToLower() == lower);
        return topics.Select(t => new NamedFacet(t.Id, t.Slug, t.Name, t.QuoteCount, 0)).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<NamedFacet> Facet(IQueryable<Actor> actors) =>
        actors.Select(a => new NamedFacet(a.Id, a.Slug, a.Name, a.QuoteCount, a.MentionCount));
}

// A filter's actor or topic as found, with the stored counts that size its facet (to start from the narrowest).
public sealed record NamedFacet(int Id, string Slug, string Name, int QuoteCount, int MentionCount);
