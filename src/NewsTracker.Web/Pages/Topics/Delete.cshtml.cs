using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Topics;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Topics;

[Authorize(Policy = Policies.Editing)]
public sealed class DeleteModel(TopicService topics, Editor editor) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public TopicRow Topic { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Topic = (await topics.GetAsync(slug, ct))!;
        return Topic is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        Topic = (await topics.GetAsync(slug, ct))!;
        if (Topic is null)
        {
            return NotFound();
        }

        var result = await topics.DeleteAsync(Topic.Id, editor, ct);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = $"Topic “{Topic.Name}” deleted.";
        return RedirectToPage("/Topics/Index");
    }
}
