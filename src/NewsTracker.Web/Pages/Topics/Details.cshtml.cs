using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Topics;

public sealed class DetailsModel(TopicService topics, QuoteService quotes) : PageModel
{
    public const int PageSize = 20;

    public TopicRow Topic { get; private set; } = null!;

    public PagedResult<QuoteRow> Quotes { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int p, CancellationToken ct)
    {
        if (await topics.GetAsync(slug, ct) is not { } topic)
        {
            return NotFound();
        }

        Topic = topic;
        Quotes = await quotes.SearchAsync(new QuoteFilter(Topic: topic.Slug, Page: p, PageSize: PageSize, OnePerStatement: true), ct);
        return Page();
    }

    // Re-tags every stored quote with the current keywords of all topics, for databases too large to
    // re-tag while a topic is saved.
    public async Task<IActionResult> OnPostRetagAsync(string slug, CancellationToken ct)
    {
        if (await topics.GetAsync(slug, ct) is not { } topic)
        {
            return NotFound();
        }

        StatusMessage = TopicStatus.Retagged(await topics.RetagAsync(ct));
        return RedirectToPage("/Topics/Details", new { slug = topic.Slug });
    }
}
