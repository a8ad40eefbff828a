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
    public static AddArticleResult Invalid(params string[] errors) => new(AddArticleStatus.Invalid, Errors: errors);
}
