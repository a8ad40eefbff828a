using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Feeds;

namespace NewsTracker.Web.Pages.Feeds;

// The feeds the archive follows, with their health; editors add, poll, pause and remove them (the global filter asks
// for an editor on every post). Editing a feed is Feeds/Edit.
public sealed class IndexModel(FeedService feeds, Editor editor) : PageModel
{
    public IReadOnlyList<FeedRow> Feeds { get; private set; } = [];

    [BindProperty]
    public FeedInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Feeds = await feeds.ListAsync(ct);

    // The rules live in FeedService (the CLI uses them too); only a number that is not a number fails binding.
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await feeds.AddAsync(Input.Url, Input.Outlet, Input.PollMinutes, editor, ct);
            if (result.Succeeded)
            {
                StatusMessage = $"Following {Input.Url?.Trim()}: its new items arrive at the next poll.";
                return RedirectToPage();
            }

            result.Errors.ToList().ForEach(e => ModelState.AddModelError($"Input.{char.ToUpperInvariant(e.Field[0])}{e.Field[1..]}", e.Message));
        }

        Feeds = await feeds.ListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostEnableAsync(int id, CancellationToken ct) => ChangeAsync(feeds.SetEnabledAsync(id, true, editor, ct), "The feed is polled again.");

    public Task<IActionResult> OnPostDisableAsync(int id, CancellationToken ct) => ChangeAsync(feeds.SetEnabledAsync(id, false, editor, ct), "The feed is paused.");

    public async Task<IActionResult> OnPostPollAsync(int id, CancellationToken ct)
    {
        var request = await feeds.RequestPollAsync(id, ct);
        if (request == FeedPollRequest.NoSuchFeed)
        {
            return NotFound();
        }

        StatusMessage = request == FeedPollRequest.Paused
            ? "The feed is paused: resume it to poll it."
            : "The feed is being polled in the background; reload this page in a minute to see what it added.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct) =>
        ChangeAsync(feeds.DeleteAsync(id, editor, ct), "The feed is removed; the articles it brought in stay.");

    private async Task<IActionResult> ChangeAsync(Task<bool> change, string done)
    {
        if (!await change)
        {
            return NotFound();
        }

        StatusMessage = done;
        return RedirectToPage();
    }
}

public sealed class FeedInput
{
    [Display(Name = "Feed address")]
    public string? Url { get; set; }

    [Display(Name = "Outlet")]
    public string? Outlet { get; set; }

    [Display(Name = "Poll every (minutes)")]
    public int? PollMinutes { get; set; }
}
