using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Actors;

public sealed class IndexModel(CoreListings listings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ActorKind? Kind { get; set; }

    public IReadOnlyList<ActorRow> Actors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Actors = await listings.ActorsAsync(ModelState.IsValid ? Kind : null, ct);
}
