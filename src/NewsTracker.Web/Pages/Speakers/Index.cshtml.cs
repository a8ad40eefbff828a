using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Speakers;

public sealed class IndexModel(CoreListings listings) : PageModel
{
    public IReadOnlyList<SpeakerRow> Speakers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Speakers = await listings.SpeakersAsync(ct);
}
