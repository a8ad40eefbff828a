using NewsTracker.Core.Jobs;

namespace NewsTracker.Web.Infrastructure;

// GET /api/jobs/{kind}: the job running, else the one queued, else the last one finished ("idle" before any).
public sealed record JobStatusResponse(
    string State,
    int Done,
    int Total,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    string? Message,
    bool FollowUpQueued)
{
    public static JobStatusResponse From(JobSnapshot snapshot) => snapshot.Current is { } job
        ? new(job.State.ToString().ToLowerInvariant(), job.Done, job.Total, job.StartedUtc, job.FinishedUtc, job.Message, snapshot.FollowUpQueued)
        : new("idle", 0, 0, null, null, null, false);

    // Kinds by name only ("retag"): Enum.TryParse alone would also take "0".
    public static bool TryParseKind(string value, out JobKind kind) =>
        Enum.TryParse(value, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !value.Any(char.IsDigit);
}
