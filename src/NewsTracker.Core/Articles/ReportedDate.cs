namespace NewsTracker.Core.Articles;

// The date lists sort and filter by (Article/Quote/QuoteFacet.ReportedUtc, Statement.FirstReportedUtc): the published
// date, or Undated. Undated is a value, not NULL, so the (ReportedUtc, Id) and QuoteFacets (Kind, FacetId,
// ReportedUtc, QuoteId) indexes keep their shape (a WITHOUT ROWID key cannot hold NULL) and newest-first reads still
// walk one index range, undated rows last. It sorts before every real date, so a date filter that starts at
// EarliestDated or later can never reach it: "ReportedUtc >= @from" stays a range seek on the same index, and an
// undated count is an equality seek (ReportedUtc = Undated) on the same prefix.
public static class ReportedDate
{
    public static readonly DateTime Undated = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);

    // No article is dated before this; a filter's start is raised to it so it leaves undated rows out.
    public static readonly DateTime EarliestDated = new(1, 1, 2, 0, 0, 0, DateTimeKind.Utc);

    // Whole seconds: a list sorts by the second at finest, and an engine may store the date more compactly
    // (SQLite keeps it as a Julian day, exact to the second).
    public static DateTime Of(DateTime? publishedUtc) =>
        publishedUtc is { } published
            ? DateTime.SpecifyKind(published.AddTicks(-(published.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Utc)
            : Undated;

    public static bool IsUndated(DateTime reportedUtc) => reportedUtc < EarliestDated;

    public static DateTime? Known(DateTime reportedUtc) => IsUndated(reportedUtc) ? null : reportedUtc;

    // The earlier of two report dates, where an undated report is later than any dated one: a statement is
    // first reported on its earliest known date, and stays undated only while none of its reports has a date.
    public static DateTime Earlier(DateTime current, DateTime candidate) =>
        IsUndated(current) ? candidate
        : IsUndated(candidate) ? current
        : candidate < current ? candidate : current;

    // A date range always starts at a real date, so undated rows stay out of it.
    public static DateTime RangeStart(DateTime? fromUtc) =>
        fromUtc is { } from && from > EarliestDated ? from : EarliestDated;
}
