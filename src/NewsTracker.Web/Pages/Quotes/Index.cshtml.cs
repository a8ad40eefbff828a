using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Quotes;

public sealed class IndexModel(QuoteService quotes, CoreListings listings) : PageModel
{
    public const int PageSize = 20;

    public QuoteSearchInput Search { get; private set; } = new();

    public PagedResult<QuoteRow>? Results { get; private set; }

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] QuoteSearchInput search, CancellationToken ct)
    {
        Search = search;
        Topics = await listings.TopicsAsync(ct);
        if (ModelState.IsValid)
        {
            Results = await quotes.SearchAsync(search.ToFilter(PageSize), ct);
        }
    }
}
