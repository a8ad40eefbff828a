namespace NewsTracker.Core.Common;

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    // Beyond this, (page - 1) * pageSize can overflow int into a negative offset; such pages are empty anyway.
    public const int MaxPage = 1_000_000;

    public static int ClampPage(int page) => Math.Clamp(page, 1, MaxPage);

    public static int ClampPageSize(int pageSize) =>
        pageSize < 1 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
}
