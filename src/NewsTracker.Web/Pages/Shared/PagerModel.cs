using NewsTracker.Core.Common;

namespace NewsTracker.Web.Pages.Shared;

// Paging links keep every other filter of the page they belong to; "p" is the page number
// ("page" is a route value Razor Pages reserves for itself).
public sealed record PagerModel(string PageName, int Page, int PageCount, int Total, IReadOnlyDictionary<string, string?> Values, bool TotalIsCapped = false)
{
    public static PagerModel For<T>(string pageName, PagedResult<T> result, IReadOnlyDictionary<string, string?>? values = null) =>
        new(pageName, result.Page, result.PageCount, result.Total, values ?? new Dictionary<string, string?>(), result.TotalIsCapped);

    public RouteValueDictionary RouteFor(int page)
    {
        var route = new RouteValueDictionary();
        foreach (var (key, value) in Values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                route[key] = value;
            }
        }

        route["p"] = page;
        return route;
    }

    // Page numbers around the current one, with 0 standing for a gap.
    public IEnumerable<int> Window()
    {
        var shown = new SortedSet<int> { 1, PageCount };
        for (var n = Math.Max(1, Page - 2); n <= Math.Min(PageCount, Page + 2); n++)
        {
            shown.Add(n);
        }

        var previous = 0;
        foreach (var n in shown)
        {
            if (n - previous > 1)
            {
                yield return 0;
            }

            yield return n;
            previous = n;
        }
    }
}
