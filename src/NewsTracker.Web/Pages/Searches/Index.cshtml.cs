using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Following;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Searches;

// A reader's saved searches: what is new in each, rename, delete, and a secret feed address. Every role keeps its own
// searches, so these posts are not editors' writes; someone else's search is not found.
[Authorize]
[AllowAnonymousPost]
public sealed class IndexModel(SavedSearchService searches) : PageModel
{
    public IReadOnlyList<SavedSearchRow> Searches { get; private set; } = [];

    // Shown once, on the page that answers the post; never stored, never put in a cookie.
    public NewFeedAddress? NewFeed { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Searches = await searches.ListAsync(User.ReaderId(), SavedQuery.ToFilter, ct);

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, CancellationToken ct) =>
        await AnswerAsync(await searches.RenameAsync(User.ReaderId(), id, name, ct), "The search is renamed.", ct);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct) =>
        await AnswerAsync(await searches.DeleteAsync(User.ReaderId(), id, ct), "The search is deleted.", ct);

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct) =>
        await AnswerAsync(await searches.RevokeFeedAsync(User.ReaderId(), id, ct), "The feed address is revoked: feed readers using it get nothing from now on.", ct);

    public async Task<IActionResult> OnPostFeedAsync(int id, CancellationToken ct)
    {
        if (await searches.IssueFeedAsync(User.ReaderId(), id, ct) is not { } issued)
        {
            return NotFound();
        }

        NewFeed = issued;
        await OnGetAsync(ct);
        return Page();
    }

    private async Task<IActionResult> AnswerAsync(FollowingResult result, string done, CancellationToken ct)
    {
        if (result.Problem == FollowingProblem.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            StatusMessage = done;
            return RedirectToPage();
        }

        result.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
        await OnGetAsync(ct);
        return Page();
    }
}
