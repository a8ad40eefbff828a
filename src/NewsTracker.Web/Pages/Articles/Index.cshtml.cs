using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;

namespace NewsTracker.Web.Pages.Articles;

public sealed class IndexModel(ArticleService articles) : PageModel
{
    public const int PageSize = 25;

    public PagedResult<ArticleRow> Articles { get; private set; } = null!;

    public async Task OnGetAsync(int p, CancellationToken ct) =>
        Articles = await articles.ListAsync(p, PageSize, ct);
}
