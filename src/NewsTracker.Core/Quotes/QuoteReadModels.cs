namespace NewsTracker.Core.Quotes;

public sealed record SpeakerRef(int Id, string Slug, string Name);

public sealed record TopicRef(int Id, string Slug, string Name);

// An actor a quote names. Link by slug: a name is not unique (two actors can share one), a slug is.
public sealed record ActorLink(int Id, string Slug, string Name);

// An unnamed source a quote is attributed to: "a senior US official", of the United States.
public sealed record QuoteSource(string Description, string? Affiliation);

public sealed record ArticleRef(int Id, string Title, string? Outlet, string? Url, DateTime? PublishedUtc);

public sealed record QuoteRow(
    int Id,
    string Text,
    QuoteKind Kind,
    SpeakerRef? Speaker,
    string? SpeakerAsWritten,
    double Confidence,
    ArticleRef Article,
    int StatementId,
    IReadOnlyList<ActorLink> Actors,
    IReadOnlyList<TopicRef> Topics,
    int ReportCount,
    DateTime FirstReportedUtc,
    QuoteSource? Source);

// Filters an analyst combines. Speaker, Actor and Topic each take an id or a slug.
// OnePerStatement: a statement several articles carried is listed once, by its most recently stored matching report.
public sealed record QuoteFilter(
    string? Speaker = null,
    string? Actor = null,
    string? Topic = null,
    string? Text = null,
    QuoteKind? Kind = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    int Page = 1,
    int PageSize = Common.Paging.DefaultPageSize,
    bool OnePerStatement = false);
