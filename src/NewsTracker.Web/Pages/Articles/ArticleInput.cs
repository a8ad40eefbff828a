using System.ComponentModel.DataAnnotations;
using NewsTracker.Core.Articles;

namespace NewsTracker.Web.Pages.Articles;

public sealed class ArticleInput
{
    [Required(ErrorMessage = "Give the article its headline as the title.")]
    [StringLength(Article.TitleMaxLength, ErrorMessage = "The title can be at most {1} characters.")]
    public string? Title { get; set; }

    [StringLength(Article.OutletMaxLength, ErrorMessage = "The outlet can be at most {1} characters.")]
    public string? Outlet { get; set; }

    [Display(Name = "URL")]
    [HttpUrl]
    [StringLength(Article.UrlMaxLength, ErrorMessage = "The URL can be at most {1} characters.")]
    public string? Url { get; set; }

    [StringLength(Article.AuthorMaxLength, ErrorMessage = "The author can be at most {1} characters.")]
    public string? Author { get; set; }

    [Display(Name = "Published on")]
    public DateOnly? PublishedOn { get; set; }

    [Display(Name = "Article text")]
    [Required(ErrorMessage = "Paste the article text.")]
    [StringLength(Article.BodyMaxLength, ErrorMessage = "The article text can be at most {1:N0} characters; split a longer piece into several articles.")]
    public string? Body { get; set; }

    public bool BodyTooLong => Body?.Length > Article.BodyMaxLength;

    // A body over the limit comes back cut to what fits, not echoed whole into the text box (megabytes
    // sent back to the browser); returns how many characters were cut.
    public int CutBodyToFit()
    {
        if (!BodyTooLong)
        {
            return 0;
        }

        // Never half a surrogate pair at the cut.
        var keep = char.IsHighSurrogate(Body![Article.BodyMaxLength - 1]) ? Article.BodyMaxLength - 1 : Article.BodyMaxLength;
        var cut = Body.Length - keep;
        Body = Body[..keep];
        return cut;
    }

    public static ArticleInput From(ArticleEdit article) => new()
    {
        Title = article.Title,
        Outlet = article.Outlet,
        Url = article.Url,
        Author = article.Author,
        PublishedOn = article.PublishedUtc is { } published ? DateOnly.FromDateTime(published) : null,
        Body = article.Body,
    };

    public NewArticle ToCommand() => new(
        Title?.Trim() ?? string.Empty,
        Body ?? string.Empty,
        Outlet,
        Url,
        Author,
        PublishedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
}

// Only absolute http and https addresses that fit the column once escaped: the rule the article service
// applies. A URL too long as typed is left to [StringLength], so it gets one message, not two.
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpUrlAttribute : ValidationAttribute
{
    public HttpUrlAttribute()
        : base("Enter a full web address starting with http:// or https://.")
    {
    }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || string.IsNullOrWhiteSpace(text) || text.Trim().Length > Article.UrlMaxLength
            || ArticleRules.NormalizeUrl(text, out var tooLong) is not null)
        {
            return ValidationResult.Success;
        }

        var members = validationContext.MemberName is { } member ? new[] { member } : null;
        return new ValidationResult(tooLong ? ArticleRules.UrlTooLongMessage : ErrorMessageString, members);
    }
}
