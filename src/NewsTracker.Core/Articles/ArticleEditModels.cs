using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Articles;

// A stored article as the edit form shows it: the body as pasted, and the version the editor starts from.
public sealed record ArticleEdit(
    int Id,
    string Title,
    string? Outlet,
    string? Url,
    string? Author,
    DateTime? PublishedUtc,
    string Body,
    int Version,
    int QuoteCount);

public enum ArticleChangeStatus
{
    Changed,
    NotFound,
    Invalid,
    Duplicate,

    // Someone saved the article since the editor opened it: nothing was changed, Current says what is stored now.
    Stale,
}

// The outcome of an edit, a quote correction or an added quote. NoLongerApply names corrections whose quote text
// is no longer in the body; QuoteId is the corrected or added quote (null when it was dropped).
public sealed record ArticleChangeResult(
    ArticleChangeStatus Status,
    int? ArticleId = null,
    int? QuoteId = null,
    int? Version = null,
    IReadOnlyList<string>? Errors = null,
    ArticleDuplicate? Duplicate = null,
    ArticleEdit? Current = null,
    string? ChangedBy = null,
    IReadOnlyList<string>? NoLongerApply = null)
{
    public static readonly ArticleChangeResult NotFound = new(ArticleChangeStatus.NotFound);

    // The refusal's messages keyed by field (API field names).
    public IReadOnlyList<FieldError>? FieldErrors { get; init; }

    public static ArticleChangeResult Invalid(params FieldError[] errors) =>
        new(ArticleChangeStatus.Invalid, Errors: errors.Select(e => e.Message).ToList()) { FieldErrors = errors };
}

// A stored correction as the article page lists it.
public sealed record CorrectionView(
    int Id,
    string Description,
    string QuoteText,
    QuoteKind QuoteKind,
    string? SpeakerName,
    string CreatedBy,
    DateTime CreatedUtc,
    bool Applies,
    int? QuoteId,
    bool Rejected);

// What a delete took away, for the confirmation message.
public sealed record DeletedArticle(int Id, string Title, int QuoteCount);
