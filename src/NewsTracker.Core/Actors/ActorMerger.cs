using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Actors;

// Two actors that are one ("Stoltenberg" created before "Jens Stoltenberg" was known, "Russia that" and
// Russia): everything the merged actor had moves to the survivor, its name and aliases become the
// survivor's aliases (so later imports link those spellings to the survivor), its slug keeps working,
// and it is removed. A wrong merge is undone quote by quote, by correcting each quote's speaker.
public sealed class ActorMerger(
    NewsDbContext db,
    ActorWrites writes,
    ActorService actors,
    ICurationStore store,
    AuditLog audit,
    ILogger<ActorMerger> logger)
{
    // `into` is an id or slug, or (from the form) a name or alias; a name several actors answer to comes
    // back Ambiguous with the candidates.
    public async Task<MergeResult> MergeAsync(string fromIdOrSlug, string? into, Editor editor, CancellationToken ct)
    {
        ActorLink? merged = null;
        var outcome = await writes.RunAsync(async () =>
        {
            if (await writes.FindAsync(fromIdOrSlug, ct) is not { } from)
            {
                return CurationResult.Missing("The actor to merge no longer exists.");
            }

            if (string.IsNullOrWhiteSpace(into))
            {
                return CurationResult.Invalid("Say which actor to merge it into.");
            }

            var (target, candidates) = await writes.ResolveAsync(ActorRules.Clean(into), ct);
            if (target is null)
            {
                return candidates.Count > 0
                    ? new CurationResult(CurationStatus.Ambiguous, Errors: [$"Several actors answer to “{into.Trim()}”: choose one."], Candidates: candidates)
                    : CurationResult.Missing($"No actor is called “{into.Trim()}”.");
            }

            if (target.Id == from.Id)
            {
                return CurationResult.Invalid($"“{from.Name}” cannot be merged into itself.");
            }

            merged = new ActorLink(from.Id, from.Slug, from.Name);
            await MoveAsync(from, target, editor, ct);
            return CurationResult.Done(target.Slug);
        }, ct);

        if (!outcome.Succeeded)
        {
            return new MergeResult(outcome);
        }

        logger.LogInformation("Actor {MergedId} merged into {Survivor} by {Editor}", merged!.Id, LogText.Clean(outcome.Slug), LogText.Clean(editor.Label));
        return new MergeResult(outcome, await actors.GetAsync(outcome.Slug!, ct), merged);
    }

    private async Task MoveAsync(Actor from, Actor target, Editor editor, CancellationToken ct)
    {
        var mergedBefore = ActorSnapshot.Of(from);
        var targetBefore = ActorSnapshot.Of(target);
        await MonthlyCounts.FollowAsync(db, await QuotesInvolvingAsync(db, from.Id, ct), () => store.MoveActorAsync(db, from.Id, target.Id, ct), ct);

        var known = target.Aliases.Select(a => ActorDirectory.Key(a.Text)).Append(ActorDirectory.Key(target.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var text in from.Aliases.Select(a => a.Text).Prepend(from.Name))
        {
            if (known.Add(ActorDirectory.Key(text)))
            {
                target.Aliases.Add(new ActorAlias { Text = text, Actor = target });
            }
        }

        await db.ActorFormerSlugs.Where(s => s.Slug == from.Slug).ExecuteDeleteAsync(ct);
        await db.ActorFormerSlugs.Where(s => s.ActorId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ActorId, target.Id), ct);
        db.ActorFormerSlugs.Add(new ActorFormerSlug { Slug = from.Slug, ActorId = target.Id });

        // The store moved the links beneath the tracked actors: forget their stale counts and affiliations.
        db.Actors.Remove(from);
        await db.SaveChangesAsync(ct);
        await db.Entry(target).ReloadAsync(ct);
        await db.Entry(target).Reference(a => a.Affiliation).LoadAsync(ct);
        var targetAfter = ActorSnapshot.Of(target);

        audit.Record(editor, "merged", AuditEntities.Actor, from.Id, $"Merged “{from.Name}” into “{target.Name}”",
            before: mergedBefore, after: new { mergedInto = target.Slug, target.Id });
        audit.Record(editor, "merged in", AuditEntities.Actor, target.Id, $"“{from.Name}” merged into “{target.Name}”",
            before: targetBefore, after: targetAfter);
        await db.SaveChangesAsync(ct);
    }

    // Every quote that involves the actor (said by it, naming it, said by someone who speaks for it): its actor rows.
    internal static Task<List<int>> QuotesInvolvingAsync(NewsDbContext db, int actorId, CancellationToken ct) =>
        db.QuoteFacets.Where(f => f.Kind == QuoteFacetKind.Actor && f.FacetId == actorId).Select(f => f.QuoteId).ToListAsync(ct);
}
