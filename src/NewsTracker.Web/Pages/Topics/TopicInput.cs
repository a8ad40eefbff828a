using System.ComponentModel.DataAnnotations;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Topics;

// The topic form: a name and the topic's rules (keywords, phrases, exclusions), one per line as the editor
// types them. The rules are checked in Core (TopicRuleValidation); here only the sizes a post may have.
public sealed class TopicInput
{
    public const int KeywordsMaxLength = Topic.MaxKeywords * (Topic.KeywordMaxLength + 2);

    [Required(ErrorMessage = "Give the topic a name.")]
    [StringLength(Topic.NameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
    public string? Name { get; set; }

    [Display(Name = "Keywords")]
    [StringLength(KeywordsMaxLength, ErrorMessage = "The keyword list is too long: at most {1} characters.")]
    public string? Keywords { get; set; }

    [Display(Name = "Phrases")]
    [StringLength(KeywordsMaxLength, ErrorMessage = "The phrase list is too long: at most {1} characters.")]
    public string? Phrases { get; set; }

    [Display(Name = "Exclusions")]
    [StringLength(KeywordsMaxLength, ErrorMessage = "The exclusion list is too long: at most {1} characters.")]
    public string? Exclusions { get; set; }

    // The version the form was filled from (a hidden field of the edit form): a save from an older version
    // than the stored one was overtaken by someone else's.
    public int? Version { get; set; }

    public static TopicInput From(TopicRow topic) => new()
    {
        Name = topic.Name,
        Keywords = string.Join('\n', topic.Keywords),
        Phrases = string.Join('\n', topic.Phrases),
        Exclusions = string.Join('\n', topic.Exclusions),
        Version = topic.Version,
    };

    // The form always holds all three lists, so an emptied box clears that list (never "keep what is stored").
    public TopicUpdate ToUpdate() => new(
        Name?.Trim() ?? string.Empty,
        TopicRuleValidation.ParseLines(Keywords),
        TopicRuleValidation.ParseLines(Phrases),
        TopicRuleValidation.ParseLines(Exclusions));
}
