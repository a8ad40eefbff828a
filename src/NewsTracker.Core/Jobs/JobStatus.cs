namespace NewsTracker.Core.Jobs;

// Work that touches more than one article runs off the request, one job of a kind at a time.
public enum JobKind
{
    Retag,
}

public enum JobState
{
    Queued,

    // Taken off the queue by this instance, but another instance holds the kind's lease (runs the same kind).
    Waiting,
    Running,
    Done,
    Failed,
}

public readonly record struct JobProgress(int Done, int Total);

// One job's state as the queue last recorded it; Message is what the job said when it finished.
public sealed record JobStatus(
    int Id,
    JobKind Kind,
    JobState State,
    int Done,
    int Total,
    DateTime QueuedUtc,
    DateTime? StartedUtc,
    DateTime? FinishedUtc,
    string? Message)
{
    public bool IsFinished => State is JobState.Done or JobState.Failed;
}

// What a page shows for a kind: the job running (or queued, or the last one finished) and whether a
// follow-up run is queued behind the running one.
public sealed record JobSnapshot(JobStatus? Current, bool FollowUpQueued)
{
    public bool IsActive => Current is { IsFinished: false };
}

public enum EnqueueOutcome
{
    // Nothing was queued or running: this request started a job.
    Queued,

    // A job was running, perhaps with the old data already read: a follow-up run was queued behind it.
    QueuedAfterRunning,

    // A job was already waiting to start; it will read the data as it is when it starts.
    AlreadyQueued,
}

// Completion finishes with the job's last status (Done or Failed), so callers and tests can await it.
public sealed record JobTicket(int JobId, EnqueueOutcome Outcome, Task<JobStatus> Completion);
