using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Articles;

// Add with review: the form, then what extraction found (nothing stored) with the editor's corrections, then save.
[Authorize(Policy = Policies.Editing)]
[RequestSizeLimit(RequestLimits.ArticleFormMaxBytes)]
public sealed class NewModel(ArticleReviewService reviews, Editor editor) : PageModel, IArticleForm
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [BindProperty]
    public ReviewForm Review { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ArticleReview? Result { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => ReviewAsync(change: null, ct);

    public Task<IActionResult> OnPostReviewAsync(CancellationToken ct) => ReviewAsync(Review.ToChange(), ct);

    public IActionResult OnPostBack() => Page();

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Input.BodyTooLong ? ArticleForms.TooLong(this, Input) : Page();
        }

        var result = await reviews.SaveAsync(Input.ToCommand(), Review.Rules(), editor, ct);
        switch (result.Status)
        {
            case AddArticleStatus.Added:
                StatusMessage = $"Article added: {Display.Count(result.QuoteCount, "quote", "quotes")} saved.";
                return RedirectToPage("/Articles/Details", new { id = result.ArticleId });
            case AddArticleStatus.Duplicate:
                return await ReviewAsync(change: null, ct);
            default:
                return ArticleForms.Errors(this, result.Errors);
        }
    }

    private async Task<IActionResult> ReviewAsync(Core.Articles.ReviewChange? change, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Input.BodyTooLong ? ArticleForms.TooLong(this, Input) : Page();
        }

        var review = await reviews.ReviewAsync(Input.ToCommand(), Review.Rules(), change, ct);
        if (review.Errors.Count > 0)
        {
            return ArticleForms.Errors(this, review.Errors);
        }

        if (review.ChangeError is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
        }

        Result = review;
        return review.Duplicate is null ? Page() : ArticleForms.WithStatus(Page(), StatusCodes.Status409Conflict);
    }
}
