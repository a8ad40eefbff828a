using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using ActorLink = NewsTracker.Core.Actors.ActorLink;

namespace NewsTracker.Core.Attention;

// Who talks about whom, optionally on one topic (an id, slug or name) and between two dates (ToUtc exclusive).
public sealed record MatrixQuery(string? Topic = null, DateTime? FromUtc = null, DateTime? ToUtc = null);

// Rows: the actors speakers speak for (their affiliation; null for speakers with none). Columns: actors the quotes
// name. Each count is the reports by a row's speakers that name the column's actor. Only the busiest rows and
// columns are kept (MentionMatrixService.MaxRows, MaxColumns); the *InAll counts say how many there were.
public sealed record MentionMatrix(
    NamedFacet? Topic,
    IReadOnlyList<ActorLink> Columns,
    IReadOnlyList<MatrixRow> Rows,
    int AffiliationsInAll,
    int ActorsInAll,
    int UndatedLeftOut,
    IReadOnlyList<FieldError> Refused,
    IReadOnlyList<FieldError> Unknown)
{
    public static MentionMatrix Nothing(NamedFacet? topic, IReadOnlyList<FieldError> refused, IReadOnlyList<FieldError> unknown) =>
        new(topic, [], [], 0, 0, 0, refused, unknown);

    public bool IsEmpty => Rows.Count == 0 || Columns.Count == 0;

    public int Largest => Rows.SelectMany(r => r.Counts).DefaultIfEmpty(0).Max();
}

// Counts line up with MentionMatrix.Columns.
public sealed record MatrixRow(ActorLink? Affiliation, IReadOnlyList<int> Counts)
{
    public const string NoAffiliation = "no affiliation";

    public string Label => Affiliation?.Name ?? NoAffiliation;
}
