using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Actors;

[Authorize(Policy = Policies.Editing)]
public sealed class MergeModel(ActorCuration curation, ActorMerger merger, Editor editor) : PageModel
{
    [BindProperty]
    public MergeForm Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ActorEditView Actor { get; private set; } = null!;

    public IReadOnlyList<ActorLink> Candidates { get; private set; } = [];

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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await merger.MergeAsync(Actor.Slug, Input.Into, editor, ct);
        if (!result.Outcome.Succeeded)
        {
            Candidates = result.Outcome.Candidates ?? [];
            result.Outcome.Messages.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = $"“{Actor.Name}” merged into “{result.Survivor!.Name}”: its quotes, mentions and aliases are now here.";
        return RedirectToPage("/Actors/Details", new { slug = result.Survivor.Slug });
    }

    public sealed class MergeForm
    {
        [StringLength(Core.Actors.Actor.NameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
        public string? Into { get; set; }
    }
}
