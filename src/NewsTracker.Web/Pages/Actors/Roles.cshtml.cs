using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Actors;

[Authorize(Policy = Policies.Editing)]
public sealed class RolesModel(ActorCuration curation, Editor editor) : PageModel
{
    [BindProperty]
    public RoleForm Role { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ActorEditView Actor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }

        return ModelState.IsValid ? Outcome(await curation.AddRoleAsync(Actor.Slug, Role.ToInput(), editor, ct), "Role added.") : Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int roleId, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }

        return Outcome(await curation.RemoveRoleAsync(Actor.Slug, roleId, editor, ct), "Role removed.");
    }

    private IActionResult Outcome(CurationResult result, string done)
    {
        if (result.Status == CurationStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            result.Messages.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = done;
        return RedirectToPage("/Actors/Roles", new { slug = Actor.Slug });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        Actor = (await curation.GetForEditAsync(slug, ct))!;
        return Actor is not null;
    }
}
