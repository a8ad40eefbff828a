using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Statements;

namespace NewsTracker.Web.Pages.Statements;

public sealed class DetailsModel(StatementService statements) : PageModel
{
    public StatementDetails Statement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await statements.GetAsync(id, ct) is not { } statement)
        {
            return NotFound();
        }

        Statement = statement;
        return Page();
    }
}
