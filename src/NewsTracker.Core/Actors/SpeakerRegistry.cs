using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Actors;

// Links a speaker the extractor named to one actor across all articles, creating actors for new people.
// "Jens Stoltenberg", "Stoltenberg" and "NATO chief Jens Stoltenberg" are one actor; two people who only
// share a surname are never merged without a first name or an affiliation to tell them apart.
public sealed class SpeakerRegistry(NewsDbContext db, TimeProvider clock, ILogger<SpeakerRegistry> logger)
{
    private ActorDirectory? _directory;

    public bool CreatedActors { get; private set; }

    public async Task<Actor?> ResolveAsync(ExtractedSpeaker speaker, CancellationToken ct)
    {
        // A name of only punctuation or spaces names no one, and has no surname to look up.
        if (ActorDirectory.Key(speaker.Name).Length == 0)
        {
            return null;
        }

        var directory = await DirectoryAsync(ct);
        var affiliation = speaker.Affiliation is null ? null : await ResolveAffiliationAsync(speaker.Affiliation, ct);
        var candidates = directory.Find(speaker.Name);
        if (candidates.Count > 0)
        {
            return Choose(candidates, speaker.Kind, affiliation);
        }

        if (speaker.Kind != ActorKind.Person)
        {
            return Create(directory, speaker.Name, speaker.Kind, role: null, affiliation);
        }

        var words = ActorDirectory.Key(speaker.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var namesakes = directory.FindPeopleBySurname(words[^1]);
        if (words.Length == 1)
        {
            if (namesakes.Count == 0)
            {
                return Create(directory, speaker.Name, ActorKind.Person, speaker.Role, affiliation);
            }

            var surnameMatch = namesakes.Count == 1 ? namesakes[0] : Choose(namesakes, ActorKind.Person, affiliation, strict: true);
            if (surnameMatch is null)
            {
                logger.LogInformation("Surname {Surname} matches several people; left unlinked", speaker.Name);
            }

            return surnameMatch;
        }

        // A person first seen by surname only takes the full name when an article gives it.
        var surnameOnly = namesakes.FirstOrDefault(a => !a.Name.Contains(' ', StringComparison.Ordinal)
            && (affiliation is null || a.AffiliationId is null || a.AffiliationId == affiliation.Id));
        if (surnameOnly is not null)
        {
            surnameOnly.Aliases.Add(new ActorAlias { Text = surnameOnly.Name });
            surnameOnly.Name = speaker.Name;
            surnameOnly.Role ??= speaker.Role;
            surnameOnly.Affiliation ??= affiliation;
            directory.Add(surnameOnly);
            CreatedActors = true;
            return surnameOnly;
        }

        return Create(directory, speaker.Name, ActorKind.Person, speaker.Role, affiliation);
    }

    public async Task<IReadOnlyList<Actor>> FindAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var directory = await DirectoryAsync(ct);
        return names
            .Select(n => directory.Find(n) is [var first, ..] ? first : null)
            .OfType<Actor>()
            .Distinct()
            .ToList();
    }

    private async Task<Actor?> ResolveAffiliationAsync(string name, CancellationToken ct)
    {
        var directory = await DirectoryAsync(ct);
        var found = directory.Find(name);
        if (found.Count > 0)
        {
            return found.FirstOrDefault(a => a.Kind != ActorKind.Person) ?? found[0];
        }

        return Create(directory, name, ActorKind.Organisation, role: null, affiliation: null);
    }

    private static Actor? Choose(IReadOnlyList<Actor> candidates, ActorKind kind, Actor? affiliation, bool strict = false)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var sameKind = candidates.Where(a => a.Kind == kind).ToList();
        if (affiliation is not null)
        {
            var affiliated = sameKind.Where(a => a.AffiliationId == affiliation.Id || a.Affiliation == affiliation).ToList();
            if (affiliated.Count == 1)
            {
                return affiliated[0];
            }
        }

        if (strict)
        {
            return null;
        }

        return sameKind.FirstOrDefault() ?? candidates[0];
    }

    private Actor Create(ActorDirectory directory, string name, ActorKind kind, string? role, Actor? affiliation)
    {
        var actor = new Actor
        {
            Name = Truncate(name.Trim(), Actor.NameMaxLength),
            Slug = directory.UniqueSlug(name),
            Kind = kind,
            Role = role is null ? null : Truncate(role, Actor.RoleMaxLength),
            Affiliation = affiliation,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Actors.Add(actor);
        directory.Add(actor);
        CreatedActors = true;
        logger.LogInformation("New actor {Name} ({Kind})", actor.Name, kind);
        return actor;
    }

    private async Task<ActorDirectory> DirectoryAsync(CancellationToken ct)
    {
        if (_directory is null)
        {
            var actors = await db.Actors.Include(a => a.Aliases).ToListAsync(ct);
            _directory = new ActorDirectory(actors);
        }

        return _directory;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
