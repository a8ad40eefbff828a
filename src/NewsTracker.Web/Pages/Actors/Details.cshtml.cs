using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Web.Pages.Actors;

public sealed class DetailsModel(ActorService actors, QuoteService quotes) : PageModel
{
    public const int PageSize = 20;

    public ActorDetails Actor { get; private set; } = null!;

    public PagedResult<QuoteRow> Quotes { get; private set; } = null!;

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
        return Page();
    }
}
