using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Data;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Archive;

// The actors every write links against, loaded once per process and kept in step as batches create actors
// and aliases, so linking a speaker never costs a query. Another process (the CLI beside the
// web app) may add actors too: each batch first picks up rows added since the last look, by id.
// Writes are serialised through Gate; SQLite takes one writer at a time anyway.
public sealed class ArchiveDirectory
{
    private ActorDirectory? _actors;
    private Dictionary<string, Topic>? _topics;
    private int _lastActorId;
    private int _lastAliasId;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    internal ActorDirectory Actors => _actors ?? throw new InvalidOperationException("Call RefreshAsync first.");

    public IReadOnlyDictionary<string, Topic> TopicsByName => _topics ?? throw new InvalidOperationException("Call RefreshAsync first.");

    // Drops everything: after a rolled-back batch (its new actors were never stored), or an editor's change.
    public void Invalidate()
    {
        _actors = null;
        _topics = null;
    }


    // Call holding Gate, inside the batch's transaction, so what it reads is what the batch writes against.
    public async Task RefreshAsync(NewsDbContext db, CancellationToken ct)
    {
        if (_actors is null)
        {
            var actors = await db.Actors.AsNoTracking().Include(a => a.Aliases).ToListAsync(ct);
            _actors = new ActorDirectory(actors);
            _lastActorId = actors.Count == 0 ? 0 : actors.Max(a => a.Id);
            _lastAliasId = actors.SelectMany(a => a.Aliases).Select(a => a.Id).DefaultIfEmpty().Max();
        }
        else
        {
            await PickUpNewRowsAsync(db, ct);
        }

        // Topics are few and editors change them: read afresh for every batch.
        _topics = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Name, StringComparer.OrdinalIgnoreCase, ct);
    }

    // Called once a batch is committed, with the ids its inserts were given.
    public void Committed(IEnumerable<Actor> newActors, IEnumerable<ActorAlias> newAliases)
    {
        foreach (var actor in newActors)
        {
            Actors.RegisterId(actor);
            _lastActorId = Math.Max(_lastActorId, actor.Id);
        }

        foreach (var alias in newAliases)
        {
            _lastAliasId = Math.Max(_lastAliasId, alias.Id);
        }
    }

    private async Task PickUpNewRowsAsync(NewsDbContext db, CancellationToken ct)
    {
        var lastActor = _lastActorId;
        var added = await db.Actors.AsNoTracking().Where(a => a.Id > lastActor).Include(a => a.Aliases).ToListAsync(ct);
        foreach (var actor in added)
        {
            Actors.Add(actor);
            _lastActorId = Math.Max(_lastActorId, actor.Id);
            _lastAliasId = Math.Max(_lastAliasId, actor.Aliases.Select(a => a.Id).DefaultIfEmpty().Max());
        }

        var lastAlias = _lastAliasId;
        var aliases = await db.ActorAliases.AsNoTracking().Where(a => a.Id > lastAlias).ToListAsync(ct);
        foreach (var alias in aliases)
        {
            if (Actors.ById(alias.ActorId) is { } actor)
            {
                actor.Aliases.Add(alias);
                Actors.Index(alias.Text, actor);
            }

            _lastAliasId = Math.Max(_lastAliasId, alias.Id);
        }
    }
}
