using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Statements;

namespace NewsTracker.Web.Pages.Positions;

// Statements editors marked as a change of position, across all speakers, newest statement first.
public sealed class ChangesModel(PositionChangeService changes) : PageModel
{
    public const int PageSize = 25;

    public ChangesFilter Filter { get; private set; } = new();

    public PositionChangeList? List { get; private set; }

    public async Task OnGetAsync([FromQuery] ChangesFilter filter, CancellationToken ct)
    {
        Filter = filter;
        if (ModelState.IsValid)
        {
            List = await changes.ListAsync(new PositionChangeQuery(filter.Speaker, filter.Topic, filter.P, PageSize), ct);
        }
    }
}
