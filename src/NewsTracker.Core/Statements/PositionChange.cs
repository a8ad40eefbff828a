namespace NewsTracker.Core.Statements;

// An editor's judgement that a statement departs from what its speaker said before on the subject: who
// marked it, when, and why. One per statement; unmarking deletes it (the audit log keeps the history).
public sealed class PositionChange
{
    public const int NoteMaxLength = 1_000;
    public const int MarkedByMaxLength = 256;

    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;

    public required string Note { get; set; }

    // The account's label at the time, as the audit log keeps it.
    public required string MarkedBy { get; set; }

    public string? MarkedByUserId { get; set; }

    public DateTime MarkedUtc { get; set; }
}
