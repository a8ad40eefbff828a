using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Articles;

[RequestSizeLimit(RequestLimits.ImportMaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimits.ImportMaxBytes)]
public sealed class ImportModel(UploadImporter importer) : PageModel
{
    [BindProperty]
    public ImportInput Input { get; set; } = new();

    [TempData]
    public string? ReportJson { get; set; }

    public UploadReport? Report { get; private set; }

    public void OnGet() => Report = UploadReport.FromJson(ReportJson);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        ReportJson = (await importer.ImportAsync(Input.Files, ct)).ToJson();
        return RedirectToPage();
    }
}
