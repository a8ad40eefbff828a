using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Articles;

[RequestSizeLimit(RequestLimits.ImportMaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimits.ImportMaxBytes)]
public sealed class ImportModel(ArticleImporter importer) : PageModel
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

        ReportJson = UploadReport.From(await importer.ImportAsync(Input.ToSources(), progress: null, ct)).ToJson();
        return RedirectToPage();
    }
}
