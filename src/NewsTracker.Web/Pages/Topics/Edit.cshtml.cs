using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Topics;

public sealed class EditModel(TopicService topics) : PageModel
{
    [BindProperty]
    public TopicInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public TopicRow Topic { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await topics.GetAsync(slug, ct) is not { } topic)
        {
            return NotFound();
        }

        Topic = topic;
        Input = TopicInput.From(topic);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await topics.GetAsync(slug, ct) is not { } topic)
        {
            return NotFound();
        }

        Topic = topic;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await topics.UpdateAsync(topic.Id, Input.ToUpdate(), ct);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = TopicStatus.Saved($"Topic “{Input.Name?.Trim()}” saved.", result);
        return RedirectToPage("/Topics/Details", new { slug = result.Slug ?? topic.Slug });
    }
}
