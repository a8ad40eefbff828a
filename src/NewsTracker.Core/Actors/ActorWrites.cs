using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Search;

namespace NewsTracker.Core.Actors;

// What every curation write shares: it runs under the archive directory's gate (imports link against the
// same actors), in one transaction with its audit entry, and once committed the in-memory directory and the
// compiled catalogue forget what they knew, so the next import links against the names as they now are.
public sealed class ActorWrites(NewsDbContext db, ArchiveDirectory directory, IDatabaseDialect dialect, CatalogueCache catalogue, ILogger<ActorWrites> logger)
{
    internal ActorDirectory Directory => directory.Actors;

    public async Task<CurationResult> RunAsync(Func<Task<CurationResult>> work, CancellationToken ct)
    {
        await directory.Gate.WaitAsync(ct);
        try
        {
            await using var transaction = await dialect.BeginArchiveWriteAsync(db, ct);
            await directory.RefreshAsync(db, ct);
            var result = await work();
            if (result.Succeeded)
            {
                await transaction.CommitAsync(ct);
                directory.Invalidate();
                catalogue.Invalidate();
            }

            return result;
        }
        catch (DbUpdateException ex)
        {
            // A unique index (slug, alias) met a write from another process between the checks and the save.
            logger.LogWarning(ex, "A curation write collided with another change and was rolled back");
            return CurationResult.Invalid("Someone else changed these actors at the same moment, so nothing was saved. Try again.");
        }
        finally
        {
            db.ChangeTracker.Clear();
            directory.Gate.Release();
        }
    }

    // An actor named by id or slug (a former slug too), tracked for changing.
    public async Task<Actor?> FindAsync(string? idOrSlug, CancellationToken ct)
    {
        var key = idOrSlug?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var query = db.Actors.Include(a => a.Aliases).Include(a => a.Affiliation);
        if (int.TryParse(key, out var id))
        {
            return await query.FirstOrDefaultAsync(a => a.Id == id, ct);
        }

        if (await query.FirstOrDefaultAsync(a => a.Slug == key, ct) is { } bySlug)
        {
            return bySlug;
        }

        var formerOf = await db.ActorFormerSlugs.Where(s => s.Slug == key).Select(s => (int?)s.ActorId).FirstOrDefaultAsync(ct);
        return formerOf is { } actorId ? await query.FirstOrDefaultAsync(a => a.Id == actorId, ct) : null;
    }

    // An actor named by id, slug, name or alias: one, none, or the several it could be. Call inside RunAsync.
    public async Task<(Actor? Actor, IReadOnlyList<ActorLink> Candidates)> ResolveAsync(string? reference, CancellationToken ct)
    {
        if (await FindAsync(reference, ct) is { } exact)
        {
            return (exact, []);
        }

        var named = string.IsNullOrWhiteSpace(reference) ? [] : Directory.Find(reference);
        return named.Count switch
        {
            0 => (null, []),
            1 => (await FindAsync(named[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct), []),
            _ => (null, named.Select(a => new ActorLink(a.Id, a.Slug, a.Name)).OrderBy(a => a.Name).ToList()),
        };
    }

    // Other actors already called this (by name or alias, compared as linking compares them).
    public IReadOnlyList<Actor> OthersCalled(string text, int exceptId) =>
        Directory.Find(text).Where(a => a.Id != exceptId).ToList();

    public string NewSlug(string name) => Directory.UniqueSlug(name);

    public static bool SameName(string a, string b) => ActorDirectory.Key(a) == ActorDirectory.Key(b);

    public static string SlugBase(string name) => Slug.From(name);
}
