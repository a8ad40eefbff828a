using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Common;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Actors;

// Links a speaker the extractor named to one actor across all articles, creating actors for new people.
// "Jens Stoltenberg", "Stoltenberg" and "NATO chief Jens Stoltenberg" are one actor; two people who only
// share a surname are never merged without a first name or an affiliation to tell them apart.
// Works on the in-memory directory; what it creates or changes goes into the batch to be stored.
internal sealed class SpeakerRegistry(ActorDirectory directory, ArchiveBatch batch, DateTime nowUtc, ILogger logger)
{
    public bool CreatedActors { get; private set; }

    // An editor's choice of a new name is taken as typed; a name from extraction becomes a new actor only if it
    // passes ActorNames ("Analysts", "The" and "Russia that" never do), and its role only if it names one.
    // The article's own outlet ("told the Rhine Chronicle") is never its speaker.
    public Actor? Resolve(ExtractedSpeaker speaker, bool editorsChoice = false, string? outlet = null)
    {
        // A name of only punctuation or spaces names no one, and has no surname to look up.
        var key = ActorDirectory.Key(speaker.Name);
        if (key.Length == 0)
        {
            return null;
        }

        if (!editorsChoice && outlet is not null && key == ActorDirectory.Key(outlet))
        {
            logger.LogDebug("Speaker {Name} is the article's outlet; left unlinked", LogText.Clean(speaker.Name));
            return null;
        }

        var affiliation = speaker.Affiliation is null ? null : ResolveAffiliation(speaker.Affiliation);
        var candidates = directory.Find(speaker.Name);
        if (candidates.Count > 0)
        {
            return Choose(candidates, speaker.Kind, affiliation);
        }

        // A surname alone goes to the person the registry knows by it before the name check, which refuses a lone
        // first name ("Thomas" may be either).
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var namesakes = speaker.Kind == ActorKind.Person ? directory.FindPeopleBySurname(words[^1]) : [];
        if (!editorsChoice && speaker.Kind == ActorKind.Person && words.Length == 1 && namesakes.Count > 0)
        {
            return SurnameMatch(speaker, namesakes, affiliation);
        }

        var why = ActorNames.WhyNotAName(speaker.Name, speaker.Kind)
            ?? (speaker.Kind == ActorKind.Person && ActorNames.IsFirstNameAlone(speaker.Name) ? "a first name alone" : null);
        if (!editorsChoice && why is not null)
        {
            logger.LogInformation("Speaker {Name} is not a name ({Reason}); left unlinked", LogText.Clean(speaker.Name), why);
            return null;
        }

        if (!editorsChoice && speaker.Role is not null && !ActorNames.IsRole(speaker.Role))
        {
            speaker = speaker with { Role = null };
        }

        if (speaker.Kind != ActorKind.Person)
        {
            return Create(speaker.Name, speaker.Kind, role: null, affiliation);
        }

        if (words.Length == 1)
        {
            return namesakes.Count == 0 ? Create(speaker.Name, ActorKind.Person, speaker.Role, affiliation) : SurnameMatch(speaker, namesakes, affiliation);
        }

        // A person first seen by surname only takes the full name when an article gives it.
        var surnameOnly = namesakes.FirstOrDefault(a => !a.Name.Contains(' ', StringComparison.Ordinal)
            && (affiliation is null || AffiliationOf(a) is null || SameActor(AffiliationOf(a)!, affiliation)));
        if (surnameOnly is not null)
        {
            var alias = new ActorAlias { Text = surnameOnly.Name, Actor = surnameOnly, ActorId = surnameOnly.Id };
            surnameOnly.Aliases.Add(alias);
            batch.NewAliases.Add(alias);
            surnameOnly.Name = Truncate(speaker.Name.Trim(), Actor.NameMaxLength);
            surnameOnly.Role ??= speaker.Role is null ? null : Truncate(speaker.Role, Actor.RoleMaxLength);
            if (AffiliationOf(surnameOnly) is null && affiliation is not null)
            {
                surnameOnly.Affiliation = affiliation;
                surnameOnly.AffiliationId = affiliation.Id == 0 ? null : affiliation.Id;
            }

            directory.Add(surnameOnly);
            if (surnameOnly.Id != 0)
            {
                batch.ChangedActors.Add(surnameOnly);
            }

            CreatedActors = true;
            return surnameOnly;
        }

        return Create(speaker.Name, ActorKind.Person, speaker.Role, affiliation);
    }

    private Actor? SurnameMatch(ExtractedSpeaker speaker, IReadOnlyList<Actor> namesakes, Actor? affiliation)
    {
        var surnameMatch = namesakes.Count == 1 ? namesakes[0] : Choose(namesakes, ActorKind.Person, affiliation, strict: true);
        if (surnameMatch is null)
        {
            logger.LogDebug("Surname {Surname} matches several people; left unlinked", LogText.Clean(speaker.Name));
        }

        return surnameMatch;
    }

    public IReadOnlyList<Actor> Find(IEnumerable<string> names)
    {
        var found = new List<Actor>();
        foreach (var name in names)
        {
            if (directory.Find(name) is [var first, ..] && !found.Contains(first))
            {
                found.Add(first);
            }
        }

        return found;
    }

    private Actor? ResolveAffiliation(string name)
    {
        var found = directory.Find(name);
        if (found.Count > 0)
        {
            return found.FirstOrDefault(a => a.Kind != ActorKind.Person) ?? found[0];
        }

        // "Ministry", "Office": no institution of its own; nor "Retired", "Shadow", "Political" or a party word, which the
        // words before a title ("Retired Gen. …", "Shadow Foreign Secretary …") hold as often as an institution.
        return ActorNames.IsName(name, ActorKind.Organisation) && !ActorNames.IsDescriptiveWord(name)
            ? Create(name, ActorKind.Organisation, role: null, affiliation: null)
            : null;
    }

    private Actor? AffiliationOf(Actor actor) =>
        actor.Affiliation ?? (actor.AffiliationId is { } id ? directory.ById(id) : null);

    private static bool SameActor(Actor a, Actor b) => ReferenceEquals(a, b) || (a.Id != 0 && a.Id == b.Id);

    private Actor? Choose(IReadOnlyList<Actor> candidates, ActorKind kind, Actor? affiliation, bool strict = false)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var sameKind = candidates.Where(a => a.Kind == kind).ToList();
        if (affiliation is not null)
        {
            var affiliated = sameKind.Where(a => AffiliationOf(a) is { } of && SameActor(of, affiliation)).ToList();
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

    private Actor Create(string name, ActorKind kind, string? role, Actor? affiliation)
    {
        var actor = new Actor
        {
            Name = Truncate(name.Trim(), Actor.NameMaxLength),
            Slug = directory.UniqueSlug(name),
            Kind = kind,
            Role = role is null ? null : Truncate(role, Actor.RoleMaxLength),
            Affiliation = affiliation,
            AffiliationId = affiliation is { Id: not 0 } ? affiliation.Id : null,
            CreatedUtc = nowUtc,
        };
        batch.NewActors.Add(actor);
        directory.Add(actor);
        CreatedActors = true;
        logger.LogInformation("New actor {Name} ({Kind})", LogText.Clean(actor.Name), kind);
        return actor;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
