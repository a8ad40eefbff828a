namespace NewsTracker.Core.Statements;

// A hash of one run of ten consecutive normalised words; shared runs join reports to a statement.
public sealed class StatementShingle
{
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public long Hash { get; set; }
}
