namespace NewsTracker.Web.Pages.Speakers;

// The mark-as-change form of one statement on the timeline; the note's rules live in Core (PositionChangeService).
public sealed class PositionChangeForm
{
    public int StatementId { get; set; }

    public string? Note { get; set; }
}
