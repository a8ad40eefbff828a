using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Articles;

// Asks before deleting: the article's quotes leave every page, count and search; the audit log keeps them.
[Authorize(Policy = Policies.Editing)]
public sealed class DeleteModel(ArticleEditor editor, Editor who) : PageModel
{
    public ArticleEdit Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await editor.GetForEditAsync(id, ct) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await editor.DeleteAsync(id, who, ct) is not { } deleted)
        {
            return NotFound();
        }

        TempData["StatusMessage"] = $"Deleted “{deleted.Title}” and its {Display.Count(deleted.QuoteCount, "quote", "quotes")}. The audit log keeps what was deleted.";
        return RedirectToPage("/Articles/Index");
    }
}
