using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Articles;

[RequestSizeLimit(RequestLimits.ArticleFormMaxBytes)]
public sealed class NewModel(ArticleService articles) : PageModel
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ArticleDuplicate? Duplicate { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // An over-long body is refused with 413 so scripts see the failure, but the form still comes back.
            var page = Page();
            page.StatusCode = Input.BodyTooLong ? StatusCodes.Status413PayloadTooLarge : null;
            return page;
        }

        var result = await articles.AddAsync(Input.ToCommand(), ct);
        switch (result.Status)
        {
            case AddArticleStatus.Added:
                StatusMessage = $"Article added: {Display.Count(result.QuoteCount, "quote", "quotes")} found.";
                return RedirectToPage("/Articles/Details", new { id = result.ArticleId });
            case AddArticleStatus.Duplicate:
                Duplicate = new ArticleDuplicate(result.DuplicateOfId ?? 0, result.DuplicateReason ?? "the same text");
                ModelState.AddModelError(string.Empty, $"This article is already tracked ({Duplicate.Reason}); nothing was saved.");
                var conflict = Page();
                conflict.StatusCode = StatusCodes.Status409Conflict;
                return conflict;
            default:
                (result.Errors ?? ["The article could not be saved."]).ToList().ForEach(e => ModelState.AddModelError(string.Empty, e));
                return Page();
        }
    }
}
