using NewsTracker.Core.Common;

namespace NewsTracker.Core.Articles;

public sealed record NewArticle(
    string Title,
    string Body,
    string? Outlet = null,
    string? Url = null,
    string? Author = null,
    DateTime? PublishedUtc = null);

public enum AddArticleStatus
{
    Added,
    Duplicate,
    Invalid,
}

public sealed record AddArticleResult(
    AddArticleStatus Status,
    int? ArticleId = null,
    int? DuplicateOfId = null,
    string? DuplicateReason = null,
    int QuoteCount = 0,
    IReadOnlyList<string>? Errors = null)
{
    // The refusal's messages keyed by field, when the rules that refused it know the field.
    public IReadOnlyList<FieldError>? FieldErrors { get; init; }

    public static AddArticleResult Invalid(IReadOnlyList<FieldError> errors) =>
        new(AddArticleStatus.Invalid, Errors: errors.Select(e => e.Message).ToList()) { FieldErrors = errors };
}
