using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Imports;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Imports;

// An import's stored report: every file and article with what became of it, linked to the articles. Editors'
// work, like the audit log, so for editors.
[Authorize(Policy = Policies.Editing)]
public sealed class DetailsModel(ImportService imports) : PageModel
{
    public ImportReportView Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int p, CancellationToken ct)
    {
        if (await imports.GetAsync(id, p, ct) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }
}
