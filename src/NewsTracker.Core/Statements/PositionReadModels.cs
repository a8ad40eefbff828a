using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

// A topic a speaker has made statements on, and how many.
public sealed record SpeakerTopic(int Id, string Slug, string Name, int StatementCount);

// One report of a statement: where and when it appeared (ReportedUtc is ReportedDate.Undated for an undated article).
public sealed record ReportRef(int QuoteId, ArticleRef Article, DateTime ReportedUtc);

// An editor's mark: the statement departs from the speaker's earlier line.
public sealed record PositionMark(string Note, string MarkedBy, DateTime MarkedUtc);

// A statement on the timeline: its fullest wording, its first report, how far it travelled, and what is new in
// its wording against the statement before it (null for the speaker's first statement on the topic).
public sealed record PositionStatement(
    int Id,
    string Text,
    DateTime FirstReportedUtc,
    int ArticleCount,
    int OutletCount,
    ReportRef? FirstReport,
    PositionMark? Change,
    IReadOnlyList<DiffPiece>? SincePrevious);

// One speaker's statements on one topic, in the order first said (undated ones last), a page at a time.
public sealed record PositionTimeline(TopicRef Topic, PagedResult<PositionStatement> Statements);
