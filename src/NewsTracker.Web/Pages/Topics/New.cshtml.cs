using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Topics;

public sealed class NewModel(TopicService topics, Editor editor) : PageModel
{
    [BindProperty]
    public TopicInput Input { get; set; } = new();

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

        var result = await topics.CreateAsync(Input.ToUpdate(), editor, ct);
        if (!result.Succeeded || result.Slug is null)
        {
            result.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = TopicStatus.Saved($"Topic “{Input.Name?.Trim()}” created.", result);
        return RedirectToPage("/Topics/Details", new { slug = result.Slug });
    }
}
