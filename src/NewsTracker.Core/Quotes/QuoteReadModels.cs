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
// AfterId: only quotes stored after that one (ids only grow), i.e. what is new since a reader last looked.
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
    bool OnePerStatement = false,
    QuoteSort Sort = QuoteSort.Newest,
    string? Outlet = null,
    string? Affiliation = null,
    double? MinConfidence = null,
    int? AfterId = null)
{
    // Affiliation once resolved to an actor by QuoteService (name, alias, slug or id as typed).
    public int? AffiliationId { get; init; }
}

// Newest first (the default), or by relevance to the search text (bm25; newest first without text).
public enum QuoteSort
{
    Newest,
    Relevance,
}

// A page of quotes and the search it answers, as read from the box (its terms highlight the results). Unknown
// says which filter named nothing ("No speaker called “X”."), field by field.
public sealed record QuoteSearchResult(Common.PagedResult<QuoteRow> Quotes, Search.SearchQuery Query)
{
    public IReadOnlyList<Common.FieldError> Unknown { get; init; } = [];

    // The total was counted only one quote past the page (a word naming a topic beside another filter, see
    // QuoteService): paging on counts further.
    public bool CountedAhead { get; init; }
}

// One row of an export: a quote with its speaker and article flattened, topics by name (alphabetical).
public sealed record QuoteExportRow(
    int Id,
    string Text,
    QuoteKind Kind,
    string? Speaker,
    string? SpeakerSlug,
    string? SpeakerAffiliation,
    int ArticleId,
    string ArticleTitle,
    string? Outlet,
    string? Url,
    DateTime? PublishedUtc,
    IReadOnlyList<string> Topics,
    double Confidence,
    int StatementId);
