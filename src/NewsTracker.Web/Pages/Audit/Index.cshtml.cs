using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Audit;

// Who changed what: the whole log, or one entity's history (?entity=actor&id=12), by user and dates.
[Authorize(Policy = Policies.Editing)]
public sealed class IndexModel(AuditLog log) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public PagedResult<AuditEntryView> Entries { get; private set; } = new([], 0, 1, PageSize);

    public async Task<IActionResult> OnGetAsync(int p, CancellationToken ct)
    {
        Entity = string.IsNullOrWhiteSpace(Entity) ? null : Entity.Trim().ToLowerInvariant();
        if (Entity is not null && !AuditEntities.IsKnown(Entity))
        {
            ModelState.AddModelError(nameof(Entity), $"Choose one of: {string.Join(", ", AuditEntities.All)}.");
        }

        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), "The end date is before the start date.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Entries = await log.FindAsync(AuditQuery.ForDays(Entity, Id, UserFilter, From, To, p, PageSize), ct);
        return Page();
    }
}
