using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages;

public sealed class IndexModel(QuoteService quotes, TopicService topics) : PageModel
{
    public const int LatestCount = 20;

    public IReadOnlyList<QuoteRow> Latest { get; private set; } = [];

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Latest = await quotes.LatestAsync(LatestCount, ct);
        Topics = await topics.ListAsync(ct);
    }
}
