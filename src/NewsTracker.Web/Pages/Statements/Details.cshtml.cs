using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Statements;

namespace NewsTracker.Web.Pages.Statements;

// A statement and how it travelled: who reported it first, who carried it after, in what wording.
public sealed class DetailsModel(ProvenanceService provenance) : PageModel
{
    public StatementProvenance Statement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await provenance.GetAsync(id, ct) is not { } statement)
        {
            return NotFound();
        }

        Statement = statement;
        return Page();
    }
}
