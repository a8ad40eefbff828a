using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Quotes;

// One quote's corrections (speaker, kind, not a quote), each surviving re-extraction of its article. The
// article page posts its small forms here too; other pages link here (/Quotes/{id}/Correct).
[Authorize(Policy = Policies.Editing)]
public sealed class CorrectModel(QuoteService quotes, ArticleEditor editor, Editor who) : PageModel
{
    [BindProperty]
    public CorrectInput Input { get; set; } = new();

    public QuoteRow Quote { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await quotes.GetAsync(id, ct) is not { } quote)
        {
            return NotFound();
        }

        Quote = quote;
        Input = new CorrectInput { Speaker = quote.Speaker?.Name, Kind = quote.Kind };
        return Page();
    }

    public Task<IActionResult> OnPostSpeakerAsync(int id, CancellationToken ct) =>
        CorrectAsync(id, new QuoteChange(ChangeSpeaker: true, Speaker: Input.Speaker, AllowNewSpeaker: true), ct);

    public Task<IActionResult> OnPostKindAsync(int id, CancellationToken ct) => CorrectAsync(id, new QuoteChange(Kind: Input.Kind), ct);

    public Task<IActionResult> OnPostDropAsync(int id, CancellationToken ct) => CorrectAsync(id, new QuoteChange(Rejected: true), ct);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) => CorrectAsync(id, new QuoteChange(Rejected: false), ct);

    private async Task<IActionResult> CorrectAsync(int id, QuoteChange change, CancellationToken ct)
    {
        var result = await editor.CorrectQuoteAsync(id, change, who, ct);
        switch (result.Status)
        {
            case ArticleChangeStatus.Changed:
                TempData["StatusMessage"] = CorrectionMessages.Saved(result);
                return Redirect($"/Articles/{result.ArticleId}" + (result.QuoteId is { } quoteId ? $"#quote-{quoteId}" : string.Empty));
            case ArticleChangeStatus.Invalid when await quotes.GetAsync(id, ct) is { } quote:
                Quote = quote;
                result.Errors?.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e));
                return Page();
            default:
                return NotFound();
        }
    }
}

public sealed class CorrectInput
{
    public string? Speaker { get; set; }

    public QuoteKind? Kind { get; set; }
}

public static class CorrectionMessages
{
    public static string Saved(ArticleChangeResult result) =>
        (result.QuoteId is null ? "Saved: the quote is no longer listed." : "Correction saved.")
        + NoLongerApply(result.NoLongerApply);

    public static string NoLongerApply(IReadOnlyList<string>? corrections) =>
        corrections is { Count: > 0 } gone
            ? $" {gone.Count} earlier correction{(gone.Count == 1 ? " no longer applies" : "s no longer apply")}, its text no longer being in the article: " + string.Join("; ", gone) + "."
            : string.Empty;
}
