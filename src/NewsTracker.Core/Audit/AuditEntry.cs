namespace NewsTracker.Core.Audit;

// One change to the record: who made it, when, to what, and the entity before and after (as JSON).
// Entries are only ever added; a deleted article lives on here.
public sealed class AuditEntry
{
    public const int UserMaxLength = 256;
    public const int ActionMaxLength = 40;
    public const int EntityMaxLength = 20;
    public const int SummaryMaxLength = 500;

    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    // The account's label at the time (accounts can be renamed or disabled; the log keeps what was true).
    public required string User { get; set; }

    public string? UserId { get; set; }

    // A verb in the newsroom's words: "created", "edited", "deleted", "merged", "corrected speaker"…
    public required string Action { get; set; }

    public required string Entity { get; set; }

    public required string EntityId { get; set; }

    public required string Summary { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

// The kinds of entity the log records, as the API's `entity=` filter names them.
public static class AuditEntities
{
    public const string Article = "article";
    public const string Quote = "quote";
    public const string Statement = "statement";
    public const string Actor = "actor";
    public const string Topic = "topic";
    public const string User = "user";
    public const string Feed = "feed";

    public static readonly IReadOnlyList<string> All = [Article, Quote, Statement, Actor, Topic, User, Feed];

    public static bool IsKnown(string? entity) => entity is not null && All.Contains(entity, StringComparer.Ordinal);
}
