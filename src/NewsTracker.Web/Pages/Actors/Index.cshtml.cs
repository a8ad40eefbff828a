using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;

namespace NewsTracker.Web.Pages.Actors;

public sealed class IndexModel(ActorService actors) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ActorKind? Kind { get; set; }

    public IReadOnlyList<ActorRow> Actors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Actors = await actors.ListAsync(ModelState.IsValid ? Kind : null, ct);
}
