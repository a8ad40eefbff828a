using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Pages.Quotes;

namespace NewsTracker.Web.Pages.Articles;

// The article with its quotes highlighted; editors also correct quotes and mark missed ones here (a POST
// needs an editor: EditorWritesFilter).
public sealed class DetailsModel(ArticleService articles, ArticleEditor editor, Editor who) : PageModel
{
    public ArticleDetails Article { get; private set; } = null!;

    public IReadOnlyList<BodySegment> Body { get; private set; } = [];

    public IReadOnlyList<CorrectionView> Corrections { get; private set; } = [];

    [BindProperty]
    public MissedQuoteInput Missed { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await articles.GetAsync(id, ct) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Body = ArticleBody.Segment(article.CleanBody, article.Quotes);
        Corrections = await editor.CorrectionsAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddQuoteAsync(int id, CancellationToken ct)
    {
        var result = await editor.AddQuoteAsync(id, Missed.Start, Missed.Start is null ? null : Missed.End, Missed.Passage, Missed.Speaker,
            Missed.Kind ?? QuoteKind.Direct, allowNewSpeaker: true, who, ct);
        if (result.Status == ArticleChangeStatus.Changed)
        {
            TempData["StatusMessage"] = "Missed quote added." + CorrectionMessages.NoLongerApply(result.NoLongerApply);
            return Redirect($"/Articles/{id}#quote-{result.QuoteId}");
        }

        result.Errors?.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e));
        return await OnGetAsync(id, ct);
    }
}

public sealed class MissedQuoteInput
{
    public string? Passage { get; set; }

    public int? Start { get; set; }

    public int? End { get; set; }

    public string? Speaker { get; set; }

    public QuoteKind? Kind { get; set; }
}
