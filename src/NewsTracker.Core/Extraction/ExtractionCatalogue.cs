using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

public sealed record KnownActor(
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    string? Role = null,
    string? Affiliation = null);

public sealed record TopicDefinition(string Name, string Slug, IReadOnlyList<string> Keywords);

// What the extractor knows before it reads an article: the named actors and the topic keywords.
public sealed record ExtractionCatalogue(IReadOnlyList<KnownActor> Actors, IReadOnlyList<TopicDefinition> Topics);
