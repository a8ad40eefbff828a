using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure;
using NewsTracker.Web.Infrastructure.Accounts;
using NewsTracker.Web.Pages.Quotes;

namespace NewsTracker.Web.Pages.Articles;

// Edit the text and metadata; saving extracts the quotes again and keeps every correction that still applies.
// Version is the article as the editor opened it: a save over someone else's newer one comes back with theirs.
[Authorize(Policy = Policies.Editing)]
[RequestSizeLimit(RequestLimits.ArticleFormMaxBytes)]
public sealed class EditModel(ArticleEditor editor, Editor who) : PageModel, IArticleForm
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public int Id { get; private set; }

    public ArticleChangeResult? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await editor.GetForEditAsync(id, ct) is not { } article)
        {
            return NotFound();
        }

        (Id, Input, Version) = (id, ArticleInput.From(article), article.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            return Input.BodyTooLong ? ArticleForms.TooLong(this, Input) : Page();
        }

        var result = await editor.UpdateAsync(id, Input.ToCommand(), Version, who, ct);
        switch (result.Status)
        {
            case ArticleChangeStatus.Changed:
                TempData["StatusMessage"] = "Article saved and its quotes extracted again." + CorrectionMessages.NoLongerApply(result.NoLongerApply);
                return RedirectToPage("/Articles/Details", new { id });
            case ArticleChangeStatus.Stale:
                // Theirs is shown beside what was typed; saving again (the new version) puts this one over it.
                Conflict = result;
                Version = result.Version!.Value;
                ModelState.Remove(nameof(Version));
                ModelState.AddModelError(string.Empty, $"{result.ChangedBy ?? "Another editor"} saved this article after you opened it; nothing of yours was saved yet.");
                return ArticleForms.WithStatus(Page(), StatusCodes.Status409Conflict);
            case ArticleChangeStatus.Duplicate:
                return ArticleForms.Duplicate(this, result.Duplicate!);
            case ArticleChangeStatus.NotFound:
                return NotFound();
            default:
                return ArticleForms.Errors(this, result.Errors);
        }
    }
}
