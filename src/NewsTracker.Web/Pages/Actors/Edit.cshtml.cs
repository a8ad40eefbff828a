using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Actors;

[Authorize(Policy = Policies.Editing)]
public sealed class EditModel(ActorCuration curation, Editor editor) : PageModel
{
    [BindProperty]
    public ActorForm Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ActorEditView Actor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await curation.GetForEditAsync(slug, ct) is not { } actor)
        {
            return NotFound();
        }

        Actor = actor;
        Input = ActorForm.From(actor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await curation.GetForEditAsync(slug, ct) is not { } actor)
        {
            return NotFound();
        }

        Actor = actor;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await curation.UpdateAsync(slug, Input.ToInput(), editor, ct);
        if (result.Status == CurationStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            result.Messages.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = $"Actor “{Input.Name?.Trim()}” saved.";
        return RedirectToPage("/Actors/Details", new { slug = result.Slug });
    }
}
