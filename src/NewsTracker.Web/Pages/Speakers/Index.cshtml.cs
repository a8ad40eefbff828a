using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;

namespace NewsTracker.Web.Pages.Speakers;

public sealed class IndexModel(ActorService actors) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [StringLength(200, ErrorMessage = "Search text can be at most {1} characters.")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "page number")]
    public int P { get; set; } = 1;

    public PagedResult<SpeakerRow>? Speakers { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            Speakers = await actors.ListSpeakersAsync(new SpeakerQuery(Q, P), ct);
        }
    }
}
