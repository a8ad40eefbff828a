using NewsTracker.Core.Common;

namespace NewsTracker.Core.Actors;

// An in-memory index of actors by normalised name and alias, for resolving speakers without a query per name.
internal sealed class ActorDirectory
{
    private readonly Dictionary<string, List<Actor>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Actor>> _bySurname = new(StringComparer.Ordinal);
    // The actor pages' own names: an actor with one of these slugs could never be reached.
    private readonly HashSet<string> _slugs = new(["new", "suspicious", "index"], StringComparer.Ordinal);
    private readonly Dictionary<int, Actor> _byId = [];

    public ActorDirectory(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors)
        {
            Add(actor);
        }
    }

    public static string Key(string name) => NameKey.Of(name);

    public void Add(Actor actor)
    {
        _slugs.Add(actor.Slug);
        RegisterId(actor);
        Index(actor.Name, actor);
        foreach (var alias in actor.Aliases)
        {
            Index(alias.Text, actor);
        }

        if (actor.Kind == ActorKind.Person)
        {
            var surname = NameKey.LastWord(actor.Name);
            if (surname.Length > 0)
            {
                AddTo(_bySurname, surname, actor);
            }
        }
    }

    public void Index(string text, Actor actor)
    {
        var key = Key(text);
        if (key.Length > 0)
        {
            AddTo(_byKey, key, actor);
        }
    }

    // New actors have no id until their batch is stored.
    public void RegisterId(Actor actor)
    {
        if (actor.Id != 0)
        {
            _byId[actor.Id] = actor;
        }
    }

    public Actor? ById(int id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<Actor> Find(string name) =>
        _byKey.TryGetValue(Key(name), out var found) ? found : [];

    public IReadOnlyList<Actor> FindPeopleBySurname(string surname) =>
        _bySurname.TryGetValue(Key(surname), out var found) ? found : [];

    public string UniqueSlug(string name)
    {
        var baseSlug = Slug.From(name);
        if (baseSlug.Length > Actor.SlugMaxLength - 8)
        {
            baseSlug = baseSlug[..(Actor.SlugMaxLength - 8)];
        }

        var slug = baseSlug;
        for (var n = 2; _slugs.Contains(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        _slugs.Add(slug);
        return slug;
    }

    private static void AddTo(Dictionary<string, List<Actor>> index, string key, Actor actor)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        if (!list.Contains(actor))
        {
            list.Add(actor);
        }
    }
}
