using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Common;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Topics;

public sealed class DetailsModel(TopicService topics, QuoteService quotes, AttentionService attention) : PageModel
{
    public const int PageSize = 20;

    // Seconds between reloads while a re-tag is queued or running (the CSP allows no inline script).
    public const int RefreshSeconds = 3;

    public TopicRow Topic { get; private set; } = null!;

    public PagedResult<QuoteRow> Quotes { get; private set; } = null!;

    // The chart's switch (?by=week|month), so a chart is a link. A topic's chart splits by kind only.
    [BindProperty(SupportsGet = true)]
    public AttentionPeriod? By { get; set; }

    public AttentionChart? Chart { get; private set; }

    public JobSnapshot Retag { get; private set; } = new(null, false);

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
        if (ModelState.IsValid)
        {
            Chart = await attention.OverTimeAsync(new AttentionQuery(QuoteFacetKind.Topic, topic.Id, AttentionStack.Kind, By), ct);
        }

        Retag = topics.RetagStatus();
        if (Retag.IsActive)
        {
            Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }

    // Queues a re-tag of every stored quote with the current keywords of all topics (after the extractor
    // changes, say); saving a topic's keywords queues one too.
    public async Task<IActionResult> OnPostRetagAsync(string slug, CancellationToken ct)
    {
        if (await topics.GetAsync(slug, ct) is not { } topic)
        {
            return NotFound();
        }

        StatusMessage = TopicStatus.Queued(topics.QueueRetag());
        return RedirectToPage("/Topics/Details", new { slug = topic.Slug });
    }
}
