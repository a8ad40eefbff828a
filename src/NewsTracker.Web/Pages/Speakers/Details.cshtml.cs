using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Web.Pages.Speakers;

public sealed class DetailsModel(ActorService actors, QuoteService quotes, AttentionService attention) : PageModel
{
    public const int PageSize = 20;

    public ActorDetails Speaker { get; private set; } = null!;

    public PagedResult<QuoteRow> Quotes { get; private set; } = null!;

    // The chart's switches (?by=week|month&stack=topic|kind), so a chart is a link.
    [BindProperty(SupportsGet = true)]
    public AttentionPeriod? By { get; set; }

    [BindProperty(SupportsGet = true)]
    public AttentionStack? Stack { get; set; }

    public AttentionChart? Chart { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int p, CancellationToken ct)
    {
        if (await actors.GetAsync(slug, ct) is not { } speaker)
        {
            // Renamed or merged since the link was made.
            return await actors.CurrentSlugAsync(slug, ct) is { } current
                ? RedirectToPagePermanent("/Speakers/Details", new { slug = current })
                : NotFound();
        }

        Speaker = speaker;
        var id = speaker.Id.ToString(CultureInfo.InvariantCulture);
        Quotes = await quotes.SearchAsync(new QuoteFilter(Speaker: id, Page: p, PageSize: PageSize, OnePerStatement: true), ct);
        if (ModelState.IsValid)
        {
            Chart = await attention.OverTimeAsync(new AttentionQuery(QuoteFacetKind.Speaker, speaker.Id, Stack ?? AttentionStack.Topic, By), ct);
        }

        return Page();
    }
}
