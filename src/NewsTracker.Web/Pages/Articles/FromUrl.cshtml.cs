using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Articles.FromUrl;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Articles;

// "Add from URL": fetch a page, read its main text and metadata, and show the article form filled in for review.
// Nothing is saved here; the form posts to /Articles/New like a pasted article.
[Authorize(Policy = Policies.Editing)]
public sealed class FromUrlModel(ArticlePageFetcher fetcher) : PageModel
{
    [BindProperty]
    [Display(Name = "Web address of the article")]
    [Required(ErrorMessage = "Enter the web address of the article's page.")]
    [StringLength(Article.UrlMaxLength, ErrorMessage = "The address can be at most {1} characters.")]
    public string? Address { get; set; }

    public ArticleDraft? Draft { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await fetcher.FetchAsync(Address, ct);
        if (result.Draft is null)
        {
            // A refused address is bad input (400); a site that failed or sent no article cannot be processed (422).
            ModelState.AddModelError(nameof(Address), result.Error!);
            var page = Page();
            page.StatusCode = result.BadAddress ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity;
            return page;
        }

        Draft = result.Draft;
        return Page();
    }
}
