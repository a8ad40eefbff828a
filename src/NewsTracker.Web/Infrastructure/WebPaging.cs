namespace NewsTracker.Web.Infrastructure;

public static class WebPaging
{
    // Beyond this the offset (page - 1) * pageSize would overflow; such pages are empty anyway.
    public const int MaxPage = 1_000_000;

    public static int Page(int page) => Math.Clamp(page, 1, MaxPage);
}
