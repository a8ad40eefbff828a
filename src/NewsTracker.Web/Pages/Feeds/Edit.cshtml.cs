using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Feeds;

namespace NewsTracker.Web.Pages.Feeds;

// A feed's address, outlet and interval, changed by an editor; the rules are FeedService's, as when it was added.
public sealed class EditModel(FeedService feeds, Editor editor) : PageModel
{
    [BindProperty]
    public FeedInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public FeedRow Feed { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await feeds.FindAsync(id, ct) is not { } feed)
        {
            return NotFound();
        }

        Feed = feed;
        Input = new FeedInput { Url = feed.Url, Outlet = feed.Outlet, PollMinutes = feed.PollMinutes };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await feeds.FindAsync(id, ct) is not { } feed)
        {
            return NotFound();
        }

        Feed = feed;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await feeds.UpdateAsync(id, Input.Url, Input.Outlet, Input.PollMinutes, editor, ct);
        if (result is null)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError($"Input.{char.ToUpperInvariant(e.Field[0])}{e.Field[1..]}", e.Message));
            return Page();
        }

        StatusMessage = "The feed is saved.";
        return RedirectToPage("Index");
    }
}
