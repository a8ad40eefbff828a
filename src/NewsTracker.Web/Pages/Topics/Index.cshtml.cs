using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Topics;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Topics;

public sealed class IndexModel(CoreListings listings) : PageModel
{
    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Topics = await listings.TopicsAsync(ct);
}
