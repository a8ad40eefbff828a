using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Extraction;

// The compiled catalogue is costly to build and changes only when editors change actors or topics,
// so it is shared and rebuilt after Invalidate().
public sealed class CatalogueCache
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CompiledCatalogue? _current;

    public void Invalidate() => _current = null;

    public async Task<CompiledCatalogue> GetAsync(NewsDbContext db, CancellationToken ct)
    {
        if (_current is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } built)
            {
                return built;
            }

            var compiled = CompiledCatalogue.Compile(await LoadAsync(db, ct));
            _current = compiled;
            return compiled;
        }
        finally
        {
            _gate.Release();
        }
    }

    public static async Task<ExtractionCatalogue> LoadAsync(NewsDbContext db, CancellationToken ct)
    {
        var actors = await db.Actors.AsNoTracking()
            .Select(a => new KnownActor(
                a.Name,
                a.Kind,
                a.Aliases.Select(x => x.Text).ToList(),
                a.Role,
                a.Affiliation == null ? null : a.Affiliation.Name))
            .ToListAsync(ct);
        var topics = await db.Topics.AsNoTracking()
            .Select(t => new TopicDefinition(t.Name, t.Slug, t.Keywords, t.Phrases, t.Exclusions))
            .ToListAsync(ct);
        return new ExtractionCatalogue(actors, topics);
    }
}
