using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Following;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Searches;

// Opens a saved search on /Quotes and marks what is stored so far as seen. A link, not a form, so it opens in a new
// tab like any link; all a forged one could do is mark the reader's own search as seen.
[Authorize]
public sealed class OpenModel(SavedSearchService searches) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await searches.OpenAsync(User.ReaderId(), id, ct) is { } query
            ? Redirect(Url.Page("/Quotes/Index") + (query.Length > 0 ? "?" + query : string.Empty))
            : NotFound();
}
