using System.ComponentModel.DataAnnotations;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Topics;

// The topic form: a name and the keywords that mark the topic, one per line as the editor types them.
public sealed class TopicInput
{
    public const int KeywordsMaxLength = Topic.MaxKeywords * (Topic.KeywordMaxLength + 2);

    [Required(ErrorMessage = "Give the topic a name.")]
    [StringLength(Topic.NameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
    public string? Name { get; set; }

    [Display(Name = "Keywords and phrases")]
    [Required(ErrorMessage = "Give at least one keyword or phrase, one per line.")]
    [StringLength(KeywordsMaxLength, ErrorMessage = "The keyword list is too long: at most {1} characters.")]
    public string? Keywords { get; set; }

    // The version the form was filled from (a hidden field of the edit form): a save from an older version
    // than the stored one was overtaken by someone else's.
    public int? Version { get; set; }

    public static TopicInput From(TopicRow topic) => new()
    {
        Name = topic.Name,
        Keywords = string.Join('\n', topic.Keywords),
        Version = topic.Version,
    };

    public TopicUpdate ToUpdate() => new(Name?.Trim() ?? string.Empty, TopicService.ParseKeywords(Keywords));
}
