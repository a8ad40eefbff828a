using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Compare;

public sealed class IndexModel(AttentionService attention, TopicService topics) : PageModel
{
    public CompareInput Input { get; private set; } = new();

    public Comparison? Comparison { get; private set; }

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    // Set by "Compare with…" on a speaker's, actor's or topic's page: the form holds that one, waiting for more.
    public bool Starting { get; private set; }

    public async Task OnGetAsync([FromQuery] CompareInput input, CancellationToken ct)
    {
        Input = input;
        Topics = await topics.ListAsync(ct);
        if (!ModelState.IsValid || input.IsEmpty)
        {
            return;
        }

        Comparison = await attention.CompareAsync(input.ToRequest(), ct);
        foreach (var refused in Comparison.Refused)
        {
            ModelState.AddModelError(refused.Field, refused.Message);
        }
    }

    public async Task OnGetStartAsync([FromQuery] CompareInput input, CancellationToken ct)
    {
        (Input, Starting) = (input, true);
        Topics = await topics.ListAsync(ct);
    }
}
