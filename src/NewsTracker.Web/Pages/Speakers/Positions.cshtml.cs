using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Statements;

namespace NewsTracker.Web.Pages.Speakers;

// One speaker's statements on one topic in the order first said; without a topic (or with an unknown one, a 404
// that says so), the speaker's topics to choose from. Editors mark and unmark changes of position from here.
public sealed class PositionsModel(PositionService positions, PositionChangeService changes, ActorService actors, Editor editor) : PageModel
{
    public const int PageSize = 30;

    [BindProperty]
    public PositionChangeForm Change { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public SpeakerRef Speaker { get; private set; } = null!;

    public PositionTimeline? Timeline { get; private set; }

    public IReadOnlyList<SpeakerTopic> Topics { get; private set; } = [];

    public string? UnknownTopic { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? topic, int p, CancellationToken ct) =>
        await positions.SpeakerAsync(slug, ct) is { } speaker ? await LoadAsync(speaker, topic, p, ct)
        : await actors.CurrentSlugAsync(slug, ct) is { } current ? RedirectToPagePermanent("/Speakers/Positions", new { slug = current, topic })
        : NotFound();

    public Task<IActionResult> OnPostMarkAsync(string slug, string? topic, int p, CancellationToken ct) =>
        ChangeAsync(slug, topic, p, () => changes.MarkAsync(Change.StatementId, Change.Note, editor, ct), "Marked as a change of position.", ct);

    public Task<IActionResult> OnPostUnmarkAsync(string slug, string? topic, int p, CancellationToken ct) =>
        ChangeAsync(slug, topic, p, () => changes.UnmarkAsync(Change.StatementId, editor, ct), "No longer marked as a change of position.", ct);

    private async Task<IActionResult> ChangeAsync(string slug, string? topic, int p, Func<Task<PositionChangeResult>> change, string done, CancellationToken ct)
    {
        if (await positions.SpeakerAsync(slug, ct) is not { } speaker)
        {
            return NotFound();
        }

        var result = await change();
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return await LoadAsync(speaker, topic, p, ct);
        }

        StatusMessage = done;
        return RedirectToPage("/Speakers/Positions", null, new { slug, topic, p = p > 1 ? p : (int?)null }, $"statement-{Change.StatementId}");
    }

    private async Task<IActionResult> LoadAsync(SpeakerRef speaker, string? topic, int p, CancellationToken ct)
    {
        Speaker = speaker;
        var asked = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
        if (asked is not null && (Timeline = await positions.TimelineAsync(speaker.Id, asked, p, PageSize, ct)) is not null)
        {
            return Page();
        }

        UnknownTopic = asked;
        Topics = await positions.TopicsAsync(speaker.Id, ct);
        return UnknownTopic is null ? Page() : new PageResult { StatusCode = StatusCodes.Status404NotFound };
    }
}
