using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Topics;

public sealed class EditModel(TopicService topics, Editor editor) : PageModel
{
    [BindProperty]
    public TopicInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public TopicRow Topic { get; private set; } = null!;

    // What another editor saved while this one was typing, shown beside the form this editor filled.
    public TopicConflict? Conflict { get; private set; }

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
        if (Input.Version is null)
        {
            ModelState.AddModelError(string.Empty, "The form was missing the topic's version: reload the page and save again.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await topics.UpdateAsync(topic.Id, Input.Version!.Value, Input.ToUpdate(), editor, ct);
        if (result.Conflict is { } theirs)
        {
            // Saving again from this form replaces their version with this one, knowingly.
            Conflict = theirs;
            ModelState.AddModelError(string.Empty, "Someone else saved this topic first. Their version is shown below; save again to replace it with yours.");
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
            Input.Version = theirs.Version;
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = TopicStatus.Saved($"Topic “{Input.Name?.Trim()}” saved.", result);
        return RedirectToPage("/Topics/Details", new { slug = result.Slug ?? topic.Slug });
    }
}
