using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Web.Pages.Speakers;

public sealed class DetailsModel(ActorService actors, QuoteService quotes) : PageModel
{
    public const int PageSize = 20;

    public ActorDetails Speaker { get; private set; } = null!;

    public PagedResult<QuoteRow> Quotes { get; private set; } = null!;

    public SpeakerTimeline Timeline { get; private set; } = new([], 0);

    // Handed to the chart script through a data- attribute (the CSP allows no inline script).
    public string TimelineJson => JsonSerializer.Serialize(Timeline.Points, JsonSerializerOptions.Web);

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
        Timeline = await actors.TimelineAsync(speaker.Id, ct);
        return Page();
    }
}
