using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Imports;
using NewsTracker.Web.Infrastructure;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Articles;

// Every file is imported or refused on its own; the report is stored and shown on /Imports/{id}, so nothing
// about it travels in a cookie (40 long titles once made cookies large enough for every later request to get 431).
[Authorize(Policy = Policies.Editing)]
[RequestSizeLimit(RequestLimits.ImportMaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimits.ImportMaxBytes)]
public sealed class ImportModel(ImportService imports, Editor editor) : PageModel
{
    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = await imports.ImportAsync(Input.ToSources(), editor, ct);
        return RedirectToPage("/Imports/Details", new { id });
    }
}
