using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Topics;

public sealed class IndexModel(TopicService topics) : PageModel
{
    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Topics = await topics.ListAsync(ct);
}
