using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

public enum PositionChangeStatus
{
    Done,
    Invalid,
    NotFound,
}

public sealed record PositionChangeResult(PositionChangeStatus Status, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Status == PositionChangeStatus.Done;

    public static readonly PositionChangeResult Done = new(PositionChangeStatus.Done, []);

    public static PositionChangeResult Invalid(params string[] errors) => new(PositionChangeStatus.Invalid, errors);

    public static PositionChangeResult Missing(string message) => new(PositionChangeStatus.NotFound, [message]);
}

// Marked changes across all speakers. Speaker and Topic take an id, slug, name or alias, as the quote filters do.
public sealed record PositionChangeQuery(string? Speaker = null, string? Topic = null, int Page = 1, int PageSize = PositionChangeQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
}

// A marked statement as the list shows it, with the topics its reports are tagged with (each a timeline).
public sealed record PositionChangeRow(
    int StatementId,
    string Text,
    SpeakerRef? Speaker,
    DateTime FirstReportedUtc,
    ReportRef? FirstReport,
    int ArticleCount,
    PositionMark Change,
    IReadOnlyList<TopicRef> Topics);

// A page of marked changes; Unknown says which filter named nothing ("No speaker called “X”.").
public sealed record PositionChangeList(PagedResult<PositionChangeRow> Changes, IReadOnlyList<FieldError> Unknown);
