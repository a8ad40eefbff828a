using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages;

public sealed class IndexModel(QuoteService quotes, CoreListings listings) : PageModel
{
    public const int LatestCount = 20;

    public IReadOnlyList<QuoteRow> Latest { get; private set; } = [];

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Latest = await quotes.LatestAsync(LatestCount, ct);
        Topics = await listings.TopicsAsync(ct);
    }
}
