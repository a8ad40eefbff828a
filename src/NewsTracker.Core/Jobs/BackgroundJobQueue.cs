using System.Threading.Channels;

namespace NewsTracker.Core.Jobs;

// Jobs waiting for the runner, and the status of each kind's jobs, in memory (one app instance). Per kind at
// most one job runs and at most one waits behind it: a request while one waits joins that one, since it has
// not read anything yet; a request while one runs queues the single follow-up, so a change saved after the
// running job read its data is still applied.
public sealed class BackgroundJobQueue(TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<JobKind, Lane> _lanes = Enum.GetValues<JobKind>().ToDictionary(kind => kind, _ => new Lane());
    private int _lastId;

    // Raised under the queue's lock, in the order the changes happen; handlers must be quick and must not
    // call back into the queue.
    public event Action<JobStatus>? StatusChanged;

    public JobTicket Enqueue(JobKind kind)
    {
        lock (_lock)
        {
            var lane = _lanes[kind];
            if (lane.Waiting is { } waiting)
            {
                return new JobTicket(waiting.Status.Id, EnqueueOutcome.AlreadyQueued, waiting.Completion.Task);
            }

            var job = new QueuedJob(new JobStatus(++_lastId, kind, JobState.Queued, 0, 0, Now, null, null, null));
            lane.Waiting = job;
            lane.Channel.Writer.TryWrite(job);
            StatusChanged?.Invoke(job.Status);
            var outcome = lane.Running is null ? EnqueueOutcome.Queued : EnqueueOutcome.QueuedAfterRunning;
            return new JobTicket(job.Status.Id, outcome, job.Completion.Task);
        }
    }

    public JobSnapshot Snapshot(JobKind kind)
    {
        lock (_lock)
        {
            var lane = _lanes[kind];
            var current = lane.Running?.Status ?? lane.Waiting?.Status ?? lane.LastFinished;
            return new JobSnapshot(current, lane.Running is not null && lane.Waiting is not null);
        }
    }

    // Completes once no job of the kind is queued or running.
    public async Task WhenIdleAsync(JobKind kind)
    {
        while (true)
        {
            Task pending;
            lock (_lock)
            {
                var lane = _lanes[kind];
                if ((lane.Waiting ?? lane.Running) is not { } last)
                {
                    return;
                }

                pending = last.Completion.Task;
            }

            await pending;
        }
    }

    internal ChannelReader<QueuedJob> Reader(JobKind kind) => _lanes[kind].Channel.Reader;

    internal void Start(QueuedJob job)
    {
        lock (_lock)
        {
            var lane = _lanes[job.Status.Kind];
            if (lane.Waiting == job)
            {
                lane.Waiting = null;
            }

            lane.Running = job;
            Update(job, job.Status with { State = JobState.Running, StartedUtc = Now, Message = null });
        }
    }

    // The runner has the job but another instance runs the same kind: it stays the waiting job, so requests join it.
    internal void Wait(QueuedJob job, string message)
    {
        lock (_lock)
        {
            Update(job, job.Status with { State = JobState.Waiting, Message = message });
        }
    }

    internal void Report(QueuedJob job, JobProgress progress)
    {
        lock (_lock)
        {
            if (job.Status.State == JobState.Running)
            {
                Update(job, job.Status with { Done = progress.Done, Total = Math.Max(progress.Total, progress.Done) });
            }
        }
    }

    internal void Finish(QueuedJob job, JobState state, string message)
    {
        JobStatus finished;
        lock (_lock)
        {
            var lane = _lanes[job.Status.Kind];
            if (lane.Running == job)
            {
                lane.Running = null;
            }

            if (lane.Waiting == job)
            {
                lane.Waiting = null;
            }

            finished = job.Status with { State = state, FinishedUtc = Now, Message = message };
            Update(job, finished);
            lane.LastFinished = finished;
        }

        job.Completion.TrySetResult(finished);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void Update(QueuedJob job, JobStatus status)
    {
        job.Status = status;
        StatusChanged?.Invoke(status);
    }

    private sealed class Lane
    {
        public Channel<QueuedJob> Channel { get; } = System.Threading.Channels.Channel.CreateUnbounded<QueuedJob>(
            new UnboundedChannelOptions { SingleReader = true });

        public QueuedJob? Waiting { get; set; }

        public QueuedJob? Running { get; set; }

        public JobStatus? LastFinished { get; set; }
    }
}

internal sealed class QueuedJob(JobStatus status)
{
    public JobStatus Status { get; set; } = status;

    // Continuations run on the thread pool, never inline in the runner while it finishes the job.
    public TaskCompletionSource<JobStatus> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
