using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;

namespace NewsTracker.Web.Pages.Articles;

public sealed class IndexModel(ArticleService articles) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [StringLength(200, ErrorMessage = "Search text can be at most {1} characters.")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "page number")]
    public int P { get; set; } = 1;

    public PagedResult<ArticleRow>? Articles { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            Articles = await articles.ListAsync(new ArticleQuery(Q, P), ct);
        }
    }
}
