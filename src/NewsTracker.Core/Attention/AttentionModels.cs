using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Attention;

// How a chart divides time: weeks run Monday to Sunday, months are calendar months.
public enum AttentionPeriod
{
    Week = 1,
    Month = 2,
}

// What a chart's bars are split by: direct quotes and reported speech, or the topics the quotes are tagged with.
public enum AttentionStack
{
    Kind = 1,
    Topic = 2,
}

// One speaker's, actor's or topic's quotes over time (Subject: the filter-index kind, Speaker, Actor or Topic).
// By null: the chart picks weeks for a short span and months for a long one. ToUtc is exclusive.
public sealed record AttentionQuery(
    QuoteFacetKind Subject,
    int SubjectId,
    AttentionStack Stack,
    AttentionPeriod? By = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null);

// A chart as rows of a table: the start of each period in order, with no gaps (a quiet period counts 0), and one
// series of counts per period for each stack or compared subject. Undated quotes have no period: they are left out
// and counted. Note says when the chart had to change what was asked (by month instead of by week, say).
public sealed record AttentionChart(
    AttentionPeriod By,
    IReadOnlyList<DateOnly> Periods,
    IReadOnlyList<AttentionSeries> Series,
    int UndatedLeftOut,
    string? Note = null)
{
    public static AttentionChart Empty(AttentionPeriod by, int undated) => new(by, [], [], undated);

    public bool IsEmpty => Periods.Count == 0 || Series.All(s => s.Total == 0);

    public int PeriodTotal(int index) => Series.Sum(s => s.Counts[index]);
}

// Counts line up with AttentionChart.Periods.
public sealed record AttentionSeries(string Label, IReadOnlyList<int> Counts)
{
    public const string Direct = QuoteKindLabels.Direct;
    public const string Reported = QuoteKindLabels.Reported;
    public const string NoTopic = "(no topic)";

    public int Total => Counts.Sum();
}

// Two to four speakers, actors or topics, each an id, slug, name or alias, comma-separated; exactly one of the
// three lists. Topic narrows every series to quotes tagged with it ("Stoltenberg vs Lavrov on security guarantees").
public sealed record CompareRequest(
    string? Speakers = null,
    string? Actors = null,
    string? Topics = null,
    string? Topic = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    AttentionPeriod? By = null);

// One series a chart per subject. Refused: the request breaks a rule (one kind at a time, two to four names, dates
// in order) and nothing was counted. Unknown: names that found nobody, or named someone twice; the rest is charted.
public sealed record Comparison(
    QuoteFacetKind Kind,
    IReadOnlyList<ComparedSubject> Subjects,
    NamedFacet? Topic,
    AttentionChart? Chart,
    IReadOnlyList<FieldError> Refused,
    IReadOnlyList<FieldError> Unknown)
{
    public static Comparison Refuse(QuoteFacetKind kind, IReadOnlyList<FieldError> refused) => new(kind, [], null, null, refused, []);
}

public sealed record ComparedSubject(int Id, string Slug, string Name, int UndatedLeftOut);
