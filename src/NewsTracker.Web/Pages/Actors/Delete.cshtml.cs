using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Actors;

[Authorize(Policy = Policies.Editing)]
public sealed class DeleteModel(ActorCuration curation, Editor editor) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public ActorEditView Actor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Actor = (await curation.GetForEditAsync(slug, ct))!;
        return Actor is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        Actor = (await curation.GetForEditAsync(slug, ct))!;
        if (Actor is null)
        {
            return NotFound();
        }

        var result = await curation.DeleteAsync(Actor.Slug, editor, ct);
        if (!result.Succeeded)
        {
            result.Messages.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = $"Actor “{Actor.Name}” deleted.";
        return RedirectToPage("/Actors/Index");
    }
}
