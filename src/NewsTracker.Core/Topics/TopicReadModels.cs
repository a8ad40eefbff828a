using NewsTracker.Core.Jobs;

namespace NewsTracker.Core.Topics;

public sealed record TopicRow(
    int Id,
    string Slug,
    string Name,
    IReadOnlyList<string> Keywords,
    int QuoteCount,
    int ArticleCount,
    int Version,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Exclusions);

// Phrases and Exclusions left null keep a stored topic's own (an update) or start empty (a new topic).
public sealed record TopicUpdate(string Name, IReadOnlyList<string> Keywords, IReadOnlyList<string>? Phrases = null, IReadOnlyList<string>? Exclusions = null);

// What another editor saved first: the form was filled from an older version of the topic.
public sealed record TopicConflict(string Name, IReadOnlyList<string> Keywords, int Version, IReadOnlyList<string> Phrases, IReadOnlyList<string> Exclusions);

// Retag is the re-tag a save queued because the rules changed (null when they did not); Conflict is set when
// someone else saved the topic since the editor's form was filled, and nothing was saved.
public sealed record TopicSaveResult(
    bool Succeeded,
    string? Slug,
    IReadOnlyList<string> Errors,
    JobTicket? Retag = null,
    TopicConflict? Conflict = null);

// A topic as the audit log keeps it, before and after a change.
public sealed record TopicSnapshot(
    string Name,
    string Slug,
    IReadOnlyList<string> Keywords,
    int QuoteCount,
    int ArticleCount,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Exclusions)
{
    public static TopicSnapshot Of(Topic topic) =>
        new(topic.Name, topic.Slug, [.. topic.Keywords], topic.QuoteCount, topic.ArticleCount, [.. topic.Phrases], [.. topic.Exclusions]);
}
