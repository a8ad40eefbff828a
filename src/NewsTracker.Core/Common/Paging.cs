namespace NewsTracker.Core.Common;

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    // Beyond this, (page - 1) * pageSize can overflow int into a negative offset; such pages are empty anyway.
    public const int MaxPage = 1_000_000;

    // Counting every match of a broad filter costs a scan of the archive; past this many, lists say "10,000+"
    // and page no further (narrow the filters to go deeper).
    public const int CountCap = 10_000;

    // A common word naming a topic beside another filter is counted by walking the date order and testing each row
    // (see QuoteService): such lists count, and page, this far ("1,000+").
    public const int WalkedCountCap = 1_000;

    public static int ClampPage(int page) => Math.Clamp(page, 1, MaxPage);

    public static int ClampPageSize(int pageSize) =>
        pageSize < 1 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
}
