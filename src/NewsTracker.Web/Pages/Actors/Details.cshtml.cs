using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Web.Pages.Actors;

public sealed class DetailsModel(ActorService actors, QuoteService quotes, AttentionService attention) : PageModel
{
    public const int PageSize = 20;

    public ActorDetails Actor { get; private set; } = null!;

    public PagedResult<QuoteRow> Quotes { get; private set; } = null!;

    // The chart's switches (?by=week|month&stack=kind|topic), so a chart is a link.
    [BindProperty(SupportsGet = true)]
    public AttentionPeriod? By { get; set; }

    [BindProperty(SupportsGet = true)]
    public AttentionStack? Stack { get; set; }

    public AttentionChart? Chart { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int p, CancellationToken ct)
    {
        if (await actors.GetAsync(slug, ct) is not { } actor)
        {
            // Renamed or merged since the link was made.
            return await actors.CurrentSlugAsync(slug, ct) is { } current
                ? RedirectToPagePermanent("/Actors/Details", new { slug = current })
                : NotFound();
        }

        Actor = actor;
        Quotes = await quotes.SearchAsync(new QuoteFilter(Actor: actor.Slug, Page: p, PageSize: PageSize, OnePerStatement: true), ct);
        if (ModelState.IsValid)
        {
            Chart = await attention.OverTimeAsync(new AttentionQuery(QuoteFacetKind.Actor, actor.Id, Stack ?? AttentionStack.Kind, By), ct);
        }
        return Page();
    }
}
