using NewsTracker.Core.Articles;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Topics;

public sealed class Topic
{
    public const int NameMaxLength = 100;
    public const int SlugMaxLength = 100;
    public const int KeywordMaxLength = 100;
    public const int MaxKeywords = 200;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    // Editable data, read by Extraction/Tagging/TopicTagger. Keywords mark a quote as being about this topic;
    // phrases (two words or more) do too, and may also speak for a quote through its sentence; an exclusion
    // in a quote stops the keywords from counting ("loan guarantee" is not a security guarantee).
    public List<string> Keywords { get; set; } = [];
    public List<string> Phrases { get; set; } = [];
    public List<string> Exclusions { get; set; } = [];

    // Kept in step by the writers, never counted per row.
    public int QuoteCount { get; set; }
    public int ArticleCount { get; set; }

    // Bumped by every save: a form posted with an older version was overtaken by someone else's save.
    public int Version { get; set; }

    public List<Quote> Quotes { get; } = [];
    public List<Article> Articles { get; } = [];
}
