using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Actors;

// Editors' changes to one actor: create, edit (name, kind, role, affiliation, aliases), the roles it held,
// delete. Each change and its audit entry are saved together (see ActorWrites).
public sealed class ActorCuration(
    NewsDbContext db,
    ActorWrites writes,
    ICurationStore store,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ActorCuration> logger)
{
    public Task<ActorEditView?> GetForEditAsync(string idOrSlug, CancellationToken ct)
    {
        return db.Actors.AsNoTracking().ByIdOrSlug(idOrSlug)
            .Select(a => new ActorEditView(
                a.Id,
                a.Slug,
                a.Name,
                a.Kind,
                a.Role,
                a.Affiliation == null ? null : new ActorLink(a.Affiliation.Id, a.Affiliation.Slug, a.Affiliation.Name),
                a.Aliases.OrderBy(x => x.Text).Select(x => x.Text).ToList(),
                a.Roles.OrderBy(r => r.From).ThenBy(r => r.Id)
                    .Select(r => new ActorRoleView(r.Id, r.Title, r.Affiliation == null ? null : new ActorLink(r.Affiliation.Id, r.Affiliation.Slug, r.Affiliation.Name), r.From, r.To))
                    .ToList(),
                a.QuoteCount,
                a.MentionCount))
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
    }

    public Task<CurationResult> CreateAsync(ActorInput input, Editor editor, CancellationToken ct) =>
        writes.RunAsync(async () =>
        {
            var actor = new Actor { Name = ActorRules.Clean(input.Name), Slug = string.Empty, CreatedUtc = clock.GetUtcNow().UtcDateTime };
            var errors = await ApplyAsync(actor, input, previousName: null, ct);
            if (errors.Count > 0)
            {
                return CurationResult.Invalid(errors);
            }

            actor.Slug = writes.NewSlug(actor.Name);
            db.Actors.Add(actor);
            await db.SaveChangesAsync(ct);
            audit.Record(editor, "created", AuditEntities.Actor, actor.Id, $"Created actor “{actor.Name}”", after: ActorSnapshot.Of(actor));
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Actor {ActorId} {Actor} created by {Editor}", actor.Id, LogText.Clean(actor.Name), LogText.Clean(editor.Label));
            return CurationResult.Done(actor.Slug);
        }, ct);

    public Task<CurationResult> UpdateAsync(string idOrSlug, ActorInput input, Editor editor, CancellationToken ct) =>
        writes.RunAsync(async () =>
        {
            if (await writes.FindAsync(idOrSlug, ct) is not { } actor)
            {
                return CurationResult.Missing("The actor no longer exists.");
            }

            var before = ActorSnapshot.Of(actor);
            var oldSlug = actor.Slug;
            var oldAffiliation = actor.AffiliationId;
            var previousName = actor.Name;
            actor.Name = ActorRules.Clean(input.Name);
            var errors = await ApplyAsync(actor, input, previousName, ct);
            if (errors.Count > 0)
            {
                return CurationResult.Invalid(errors);
            }

            if (ActorWrites.SlugBase(actor.Name) != ActorWrites.SlugBase(previousName))
            {
                actor.Slug = writes.NewSlug(actor.Name);
            }

            var after = ActorSnapshot.Of(actor);
            if (after with { Aliases = before.Aliases } == before && after.Aliases.SequenceEqual(before.Aliases))
            {
                return CurationResult.Done(actor.Slug);
            }

            if (actor.Slug != oldSlug)
            {
                // Old links keep working: the details pages redirect a former slug to the current one.
                await db.ActorFormerSlugs.Where(s => s.Slug == oldSlug || s.Slug == actor.Slug).ExecuteDeleteAsync(ct);
                db.ActorFormerSlugs.Add(new ActorFormerSlug { Slug = oldSlug, ActorId = actor.Id });
            }

            audit.Record(editor, "edited", AuditEntities.Actor, actor.Id, $"Edited actor “{actor.Name}”", before, after);
            await db.SaveChangesAsync(ct);
            if (actor.AffiliationId != oldAffiliation)
            {
                var spoken = await db.QuoteFacets.Where(f => f.Kind == QuoteFacetKind.Speaker && f.FacetId == actor.Id).Select(f => f.QuoteId).ToListAsync(ct);
                await MonthlyCounts.FollowAsync(db, spoken, () => store.ReindexQuotesSpokenByAsync(db, actor.Id, ct), ct);
            }

            logger.LogInformation("Actor {ActorId} edited by {Editor}", actor.Id, LogText.Clean(editor.Label));
            return CurationResult.Done(actor.Slug);
        }, ct);

    // Refused while anything still points at the actor: merging keeps those quotes, deleting would lose them.
    public Task<CurationResult> DeleteAsync(string idOrSlug, Editor editor, CancellationToken ct) =>
        writes.RunAsync(async () =>
        {
            if (await writes.FindAsync(idOrSlug, ct) is not { } actor)
            {
                return CurationResult.Missing("The actor no longer exists.");
            }

            var spoken = await db.Quotes.CountAsync(q => q.SpeakerId == actor.Id, ct);
            var mentioned = await db.Actors.Where(a => a.Id == actor.Id).Select(a => a.QuotesMentioning.Count).FirstAsync(ct);
            if (spoken + mentioned > 0)
            {
                return CurationResult.Invalid(
                    $"“{actor.Name}” said {spoken} and is named in {mentioned} quotes: merge it into the actor it should be instead, so those quotes keep a speaker.");
            }

            await MonthlyCounts.FollowAsync(db, await ActorMerger.QuotesInvolvingAsync(db, actor.Id, ct), () => store.DetachActorAsync(db, actor.Id, ct), ct);
            audit.Record(editor, "deleted", AuditEntities.Actor, actor.Id, $"Deleted actor “{actor.Name}”", before: ActorSnapshot.Of(actor));
            db.Actors.Remove(actor);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Actor {ActorId} {Actor} deleted by {Editor}", actor.Id, LogText.Clean(actor.Name), LogText.Clean(editor.Label));
            return CurationResult.Done(actor.Slug);
        }, ct);

    public Task<CurationResult> AddRoleAsync(string idOrSlug, ActorRoleInput input, Editor editor, CancellationToken ct) =>
        writes.RunAsync(async () =>
        {
            if (await writes.FindAsync(idOrSlug, ct) is not { } actor)
            {
                return CurationResult.Missing("The actor no longer exists.");
            }

            var errors = new List<string>();
            var title = ActorRules.Clean(input.Title);
            if (title.Length == 0)
            {
                errors.Add("The role needs a title.");
            }
            else if (title.Length > ActorRole.TitleMaxLength)
            {
                errors.Add($"The role title is longer than {ActorRole.TitleMaxLength} characters.");
            }

            if (input.From is { } from && input.To is { } to && to < from)
            {
                errors.Add("The role cannot end before it starts.");
            }

            var affiliation = await AffiliationAsync(input.Affiliation, actor.Id, errors, ct);
            if (errors.Count > 0)
            {
                return CurationResult.Invalid(errors);
            }

            var role = new ActorRole { ActorId = actor.Id, Title = title, AffiliationId = affiliation?.Id, From = input.From, To = input.To };
            db.ActorRoles.Add(role);
            var held = new { title, affiliation = affiliation?.Name, from = input.From, to = input.To };
            audit.Record(editor, "added role", AuditEntities.Actor, actor.Id, $"“{actor.Name}”: role “{title}” added", after: held);
            await db.SaveChangesAsync(ct);
            return CurationResult.Done(actor.Slug);
        }, ct);

    public Task<CurationResult> RemoveRoleAsync(string idOrSlug, int roleId, Editor editor, CancellationToken ct) =>
        writes.RunAsync(async () =>
        {
            if (await writes.FindAsync(idOrSlug, ct) is not { } actor
                || await db.ActorRoles.Include(r => r.Affiliation).FirstOrDefaultAsync(r => r.Id == roleId && r.ActorId == actor.Id, ct) is not { } role)
            {
                return CurationResult.Missing("That role is no longer recorded.");
            }

            var held = new { title = role.Title, affiliation = role.Affiliation?.Name, from = role.From, to = role.To };
            audit.Record(editor, "removed role", AuditEntities.Actor, actor.Id, $"“{actor.Name}”: role “{role.Title}” removed", before: held);
            db.ActorRoles.Remove(role);
            await db.SaveChangesAsync(ct);
            return CurationResult.Done(actor.Slug);
        }, ct);

    // Applies the form to the actor (its name already set) and returns what is wrong with it. A name another
    // actor already has is refused only when it is new: namesakes the archive already holds stay editable.
    private async Task<List<string>> ApplyAsync(Actor actor, ActorInput input, string? previousName, CancellationToken ct)
    {
        var errors = ActorRules.CheckName(actor.Name).ToList();
        var renamed = previousName is null || !ActorWrites.SameName(previousName, actor.Name);
        if (errors.Count == 0 && renamed && writes.OthersCalled(actor.Name, actor.Id) is [var other, ..])
        {
            errors.Add($"“{other.Name}” is already an actor called “{actor.Name}”: merge the two instead.");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add("Choose a kind: person, organisation, country or government.");
        }

        var role = ActorRules.Clean(input.Role);
        if (role.Length > Actor.RoleMaxLength)
        {
            errors.Add($"The role is longer than {Actor.RoleMaxLength} characters.");
        }

        var affiliation = await AffiliationAsync(input.Affiliation, actor.Id, errors, ct);
        actor.Kind = input.Kind;
        actor.Role = role.Length == 0 ? null : role;
        actor.Affiliation = affiliation;
        actor.AffiliationId = affiliation?.Id;
        ApplyAliases(actor, input.Aliases, errors);
        return errors;
    }

    private void ApplyAliases(Actor actor, IReadOnlyList<string> typed, List<string> errors)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in typed.Select(ActorRules.Clean).Where(t => t.Length > 0))
        {
            var key = ActorDirectory.Key(text);
            if (key.Length == 0 || ActorWrites.SameName(text, actor.Name) || !wanted.TryAdd(key, text))
            {
                continue;
            }

            if (text.Length > ActorAlias.TextMaxLength)
            {
                errors.Add($"The alias “{text[..20]}…” is longer than {ActorAlias.TextMaxLength} characters.");
            }
            else if (!actor.Aliases.Any(a => ActorDirectory.Key(a.Text) == key) && writes.OthersCalled(text, actor.Id) is [var other, ..])
            {
                // An alias names one actor: linking could not tell which of two a speaker meant.
                errors.Add($"“{text}” already names “{other.Name}”: an alias can belong to one actor only.");
            }
        }

        actor.Aliases.RemoveAll(a => !wanted.ContainsKey(ActorDirectory.Key(a.Text)));
        foreach (var (key, text) in wanted)
        {
            if (!actor.Aliases.Any(a => ActorDirectory.Key(a.Text) == key))
            {
                actor.Aliases.Add(new ActorAlias { Text = text, Actor = actor });
            }
        }
    }

    private async Task<Actor?> AffiliationAsync(string? reference, int actorId, List<string> errors, CancellationToken ct)
    {
        var typed = ActorRules.Clean(reference);
        if (typed.Length == 0)
        {
            return null;
        }

        var (found, candidates) = await writes.ResolveAsync(typed, ct);
        if (found is null)
        {
            errors.Add(candidates.Count > 0
                ? $"Several actors are called “{typed}” ({string.Join(", ", candidates.Select(c => c.Slug))}): give the slug of the one you mean."
                : $"No actor is called “{typed}”: create it first, or leave the affiliation empty.");
        }
        else if (found.Id == actorId && actorId != 0)
        {
            errors.Add("An actor cannot be affiliated with itself.");
            return null;
        }

        return found;
    }
}
