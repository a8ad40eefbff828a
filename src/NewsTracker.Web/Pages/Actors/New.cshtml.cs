using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Actors;

[Authorize(Policy = Policies.Editing)]
public sealed class NewModel(ActorCuration curation, Editor editor) : PageModel
{
    [BindProperty]
    public ActorForm Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await curation.CreateAsync(Input.ToInput(), editor, ct);
        if (!result.Succeeded)
        {
            result.Messages.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = $"Actor “{Input.Name?.Trim()}” created.";
        return RedirectToPage("/Actors/Details", new { slug = result.Slug });
    }
}
