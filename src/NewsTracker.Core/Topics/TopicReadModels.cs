using NewsTracker.Core.Jobs;

namespace NewsTracker.Core.Topics;

public sealed record TopicRow(int Id, string Slug, string Name, IReadOnlyList<string> Keywords, int QuoteCount, int ArticleCount, int Version);

public sealed record TopicUpdate(string Name, IReadOnlyList<string> Keywords);

// What another editor saved first: the form was filled from an older version of the topic.
public sealed record TopicConflict(string Name, IReadOnlyList<string> Keywords, int Version);

// Retag is the re-tag a save queued because keywords changed (null when they did not); Conflict is set when
// someone else saved the topic since the editor's form was filled, and nothing was saved.
public sealed record TopicSaveResult(
    bool Succeeded,
    string? Slug,
    IReadOnlyList<string> Errors,
    JobTicket? Retag = null,
    TopicConflict? Conflict = null);

// A topic as the audit log keeps it, before and after a change.
public sealed record TopicSnapshot(string Name, string Slug, IReadOnlyList<string> Keywords, int QuoteCount, int ArticleCount)
{
    public static TopicSnapshot Of(Topic topic) => new(topic.Name, topic.Slug, [.. topic.Keywords], topic.QuoteCount, topic.ArticleCount);
}
