namespace NewsTracker.Core.Topics;

public sealed class TopicOptions
{
    public const string Section = "Topics";

    // Saving a topic re-tags the stored quotes in the same call while the database holds at most this many
    // articles; above it, re-tagging is left for an editor to start (TopicService.RetagAsync). Re-tagging
    // extracts every article again: about 2 ms an article with its reads and writes, so 1,000 take ~2 s.
    public int RetagOnSaveMaxArticles { get; set; } = 1_000;
}
