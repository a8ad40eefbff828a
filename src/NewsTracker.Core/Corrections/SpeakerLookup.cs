using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Corrections;

// What an editor typed as a speaker: empty (nobody identified), an actor's id, slug, name or alias, or, where a
// form allows it, a new name to create an actor under when the correction is saved.
public sealed record SpeakerLookupResult(SpeakerChoice? Choice, string? Error);

public sealed class SpeakerLookup(NewsDbContext db)
{
    public async Task<SpeakerLookupResult> FindAsync(string? typed, bool allowNew, CancellationToken ct)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new SpeakerLookupResult(SpeakerChoice.None, null);
        }

        if (await FindExistingAsync(text, ct) is { } found)
        {
            return new SpeakerLookupResult(SpeakerChoice.Of(found.Id), null);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return new SpeakerLookupResult(null, $"There is no actor with id {text}.");
        }

        if (!allowNew)
        {
            return new SpeakerLookupResult(null, $"No actor is named “{text}” (by name, alias, slug or id).");
        }

        return ActorDirectory.Key(text).Length == 0 || text.Length > Actor.NameMaxLength
            ? new SpeakerLookupResult(null, $"“{Shorten(text)}” is not a name an actor can have (letters, at most {Actor.NameMaxLength} characters).")
            : new SpeakerLookupResult(new SpeakerChoice(null, text), null);
    }

    public async Task<SpeakerRef?> FindExistingAsync(string text, CancellationToken ct)
    {
        var actors = db.Actors.AsNoTracking();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await actors.Where(a => a.Id == id).Select(a => new SpeakerRef(a.Id, a.Slug, a.Name)).FirstOrDefaultAsync(ct);
        }

        // SQLite's lower() folds ASCII letters only; names are matched as typed otherwise.
        var lower = text.ToLowerInvariant();
        return await actors.Where(a => a.Slug == text).Select(a => new SpeakerRef(a.Id, a.Slug, a.Name)).FirstOrDefaultAsync(ct)
            ?? await actors.Where(a => a.Name.ToLower() == lower).OrderByDescending(a => a.QuoteCount).Select(a => new SpeakerRef(a.Id, a.Slug, a.Name)).FirstOrDefaultAsync(ct)
            ?? await db.ActorAliases.AsNoTracking().Where(x => x.Text.ToLower() == lower).OrderByDescending(x => x.Actor.QuoteCount)
                .Select(x => new SpeakerRef(x.Actor.Id, x.Actor.Slug, x.Actor.Name)).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyDictionary<int, SpeakerRef>> ByIdsAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? new Dictionary<int, SpeakerRef>()
            : await db.Actors.AsNoTracking().Where(a => wanted.Contains(a.Id)).Select(a => new SpeakerRef(a.Id, a.Slug, a.Name)).ToDictionaryAsync(a => a.Id, ct);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
