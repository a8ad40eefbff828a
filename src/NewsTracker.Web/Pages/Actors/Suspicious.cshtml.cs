using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Actors;

[Authorize(Policy = Policies.Editing)]
public sealed class SuspiciousModel(SuspiciousActors suspicious) : PageModel
{
    public PagedResult<SuspiciousActor> Actors { get; private set; } = null!;

    public async Task OnGetAsync(int p, CancellationToken ct) =>
        Actors = await suspicious.ListAsync(p, SuspiciousActors.DefaultPageSize, ct);
}
