using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Common;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Topics;

public sealed class IndexModel(TopicService topics) : PageModel
{
    public const int PageSize = TopicService.DefaultPageSize;

    [BindProperty(SupportsGet = true)]
    [StringLength(Topic.NameMaxLength, ErrorMessage = "Search text can be at most {1} characters.")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "page number")]
    public int P { get; set; } = 1;

    public PagedResult<TopicRow>? Topics { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            Topics = await topics.PageAsync(Q, P, PageSize, ct);
        }
    }
}
