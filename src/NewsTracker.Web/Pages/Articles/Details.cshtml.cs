using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;

namespace NewsTracker.Web.Pages.Articles;

public sealed class DetailsModel(ArticleService articles) : PageModel
{
    public ArticleDetails Article { get; private set; } = null!;

    public IReadOnlyList<BodySegment> Body { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await articles.GetAsync(id, ct) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Body = ArticleBody.Segment(article.CleanBody, article.Quotes);
        return Page();
    }
}
