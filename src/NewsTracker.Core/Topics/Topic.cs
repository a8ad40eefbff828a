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

    // Editable data: words and phrases that mark a quote as being about this topic.
    public List<string> Keywords { get; set; } = [];

    // Kept in step by the writers, never counted per row.
    public int QuoteCount { get; set; }
    public int ArticleCount { get; set; }

    // Bumped by every save: a form posted with an older version was overtaken by someone else's save.
    public int Version { get; set; }

    public List<Quote> Quotes { get; } = [];
    public List<Article> Articles { get; } = [];
}
