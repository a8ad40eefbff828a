using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

public sealed record KnownActor(
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    string? Role = null,
    string? Affiliation = null);

// Keywords count in a quote's own text unless an exclusion is there too; phrases (several words) count in the
// quote's text and, when it names no topic, in its sentence. See Tagging/TopicTagger.
public sealed record TopicDefinition(
    string Name,
    string Slug,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string>? Phrases = null,
    IReadOnlyList<string>? Exclusions = null);

// What the extractor knows before it reads an article: the named actors and the topic rules.
public sealed record ExtractionCatalogue(IReadOnlyList<KnownActor> Actors, IReadOnlyList<TopicDefinition> Topics);
