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

    public static int ClampPage(int page) => Math.Clamp(page, 1, MaxPage);

    public static int ClampPageSize(int pageSize) =>
        pageSize < 1 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
}
