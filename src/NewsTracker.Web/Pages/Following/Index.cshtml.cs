using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Following;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Following;

// The speakers, actors and topics a reader follows (also shown on the home page), and the posts of the Follow buttons
// and "mark seen". Every role keeps its own watchlist: not an editor's write.
[Authorize]
[AllowAnonymousPost]
public sealed class IndexModel(FollowService follows) : PageModel
{
    public const int NewestShown = 5;

    public Watchlist Watchlist { get; private set; } = new(0, []);

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Watchlist = await follows.WatchlistAsync(User.ReaderId(), NewestShown, ct);

    public async Task<IActionResult> OnPostFollowAsync(FollowInput input, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await follows.FollowAsync(User.ReaderId(), input.Kind, input.Id, ct) : null;
        if (result is { Problem: FollowingProblem.NotFound })
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            StatusMessage = "Followed: what is new appears in your watchlist on the home page.";
            return Back(input.ReturnUrl);
        }

        result?.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnfollowAsync(FollowInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }

        await follows.UnfollowAsync(User.ReaderId(), input.Kind, input.Id, ct);
        StatusMessage = "Unfollowed.";
        return Back(input.ReturnUrl);
    }

    // Seen up to the quote id the watchlist was read at; one follow, or all of them without an id.
    public async Task<IActionResult> OnPostSeenAsync(int? follow, int upTo, string? returnUrl, CancellationToken ct) =>
        await follows.MarkSeenAsync(User.ReaderId(), follow, upTo, ct) ? Back(returnUrl) : NotFound();

    private IActionResult Back(string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("/Following/Index");
}

public sealed class FollowInput
{
    public FollowKind Kind { get; set; }

    public int Id { get; set; }

    public string? ReturnUrl { get; set; }
}
