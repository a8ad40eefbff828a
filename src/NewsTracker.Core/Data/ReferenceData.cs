using System.Text.Json;
using System.Text.Json.Serialization;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Data;

// The actors and topics a fresh database starts with, shipped as embedded JSON so editors' later edits stay data.
public static class ReferenceData
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Lazy<IReadOnlyList<KnownActor>> LazyActors = new(() =>
        Load<ActorFile>("actors.json").Actors
            .Select(a => new KnownActor(a.Name, a.Kind, a.Aliases ?? [], a.Role, a.Affiliation))
            .ToList());

    private static readonly Lazy<IReadOnlyList<TopicDefinition>> LazyTopics = new(() =>
        Load<TopicFile>("topics.json").Topics
            .Select(t => new TopicDefinition(t.Name, t.Slug, t.Keywords, t.Phrases ?? [], t.Exclusions ?? []))
            .ToList());

    public static IReadOnlyList<KnownActor> Actors => LazyActors.Value;

    public static IReadOnlyList<TopicDefinition> Topics => LazyTopics.Value;

    public static ExtractionCatalogue Catalogue => new(Actors, Topics);

    private static T Load<T>(string name)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("ReferenceData." + name)
            ?? throw new InvalidOperationException($"Embedded reference data {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Embedded reference data {name} is empty.");
    }

    private sealed record ActorFile(List<ActorEntry> Actors);

    private sealed record ActorEntry(string Name, ActorKind Kind, List<string>? Aliases, string? Role, string? Affiliation);

    private sealed record TopicFile(List<TopicEntry> Topics);

    private sealed record TopicEntry(string Name, string Slug, List<string> Keywords, List<string>? Phrases, List<string>? Exclusions);
}
