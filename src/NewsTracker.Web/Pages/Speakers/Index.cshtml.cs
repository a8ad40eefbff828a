using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;

namespace NewsTracker.Web.Pages.Speakers;

public sealed class IndexModel(ActorService actors) : PageModel
{
    public IReadOnlyList<SpeakerRow> Speakers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Speakers = await actors.ListSpeakersAsync(ct);
}
