using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Search;
using NewsTracker.Core.Topics;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Quotes;

public sealed class IndexModel(QuoteService quotes, TopicService topics) : PageModel
{
    public const int PageSize = 20;

    public QuoteSearchInput Search { get; private set; } = new();

    public PagedResult<QuoteRow>? Results { get; private set; }

    // The search box as it was read: its note when the syntax fell back to plain words, its terms to highlight.
    public SearchQuery Query { get; private set; } = SearchQuery.Empty;

    // Filters that name nothing in the archive, said rather than answered with an empty list.
    public IReadOnlyList<FieldError> Unknown { get; private set; } = [];

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    // Undated quotes that match everything but the date range: said, not hidden silently.
    public int UndatedLeftOut { get; private set; }

    // The total reaches only one quote past this page; paging on counts further.
    public bool CountedAhead { get; private set; }

    public async Task OnGetAsync([FromQuery] QuoteSearchInput search, CancellationToken ct)
    {
        Search = search;
        Topics = await topics.ListAsync(ct);
        if (ModelState.IsValid)
        {
            var found = await quotes.FindAsync(search.ToFilter(PageSize), ct);
            (Results, Query, Unknown, CountedAhead) = (found.Quotes, found.Query, found.Unknown, found.CountedAhead);
            ViewData[Display.HighlightKey] = Query;
            UndatedLeftOut = await quotes.CountUndatedLeftOutAsync(search.ToFilter(PageSize), ct);
        }
    }
}
