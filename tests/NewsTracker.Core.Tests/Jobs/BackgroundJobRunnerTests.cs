using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Jobs;

public sealed class BackgroundJobRunnerTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = new(TestDatabase.StartTime);
    private readonly JobScript _script = new();
    private readonly ServiceProvider _services;

    public BackgroundJobRunnerTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<BackgroundJobQueue>();
        services.AddSingleton<BackgroundJobRunner>();
        services.AddScoped<IJobLeases, OneInstance>();
        services.AddSingleton(_script);
        services.AddScoped<ScopeMarker>();
        services.AddKeyedScoped<IBackgroundJob, ScriptedJob>(JobKind.Retag);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private BackgroundJobQueue Queue => _services.GetRequiredService<BackgroundJobQueue>();

    [Fact]
    public void A_request_while_nothing_is_queued_or_running_queues_a_job()
    {
        var ticket = Queue.Enqueue(JobKind.Retag);

        ticket.Outcome.Should().Be(EnqueueOutcome.Queued);
        var status = Queue.Snapshot(JobKind.Retag).Current!;
        status.State.Should().Be(JobState.Queued);
        status.QueuedUtc.Should().Be(TestDatabase.StartTime.UtcDateTime);
        status.StartedUtc.Should().BeNull();
        Queue.Snapshot(JobKind.Retag).IsActive.Should().BeTrue();
    }

    [Fact]
    public void A_request_while_a_job_waits_to_start_joins_that_job()
    {
        var first = Queue.Enqueue(JobKind.Retag);

        var second = Queue.Enqueue(JobKind.Retag);

        second.Outcome.Should().Be(EnqueueOutcome.AlreadyQueued);
        second.JobId.Should().Be(first.JobId);
        second.Completion.Should().BeSameAs(first.Completion);
    }

    [Fact]
    public async Task A_job_goes_from_queued_to_running_with_progress_to_done()
    {
        _script.Body = (progress, _) =>
        {
            progress.Report(new JobProgress(0, 2));
            progress.Report(new JobProgress(1, 2));
            _clock.Advance(TimeSpan.FromSeconds(5));
            progress.Report(new JobProgress(2, 2));
            return Task.FromResult("2 things done.");
        };
        var seen = new List<JobStatus>();
        Queue.StatusChanged += seen.Add;

        var ticket = Queue.Enqueue(JobKind.Retag);
        JobStatus done;
        await using (RunningJobs.Start(_services))
        {
            done = await ticket.Completion;
        }

        seen.Select(s => (s.State, s.Done, s.Total)).Should().Equal(
            (JobState.Queued, 0, 0),
            (JobState.Running, 0, 0),
            (JobState.Running, 0, 2),
            (JobState.Running, 1, 2),
            (JobState.Running, 2, 2),
            (JobState.Done, 2, 2));
        done.Message.Should().Be("2 things done.");
        done.StartedUtc.Should().Be(TestDatabase.StartTime.UtcDateTime);
        done.FinishedUtc.Should().Be(TestDatabase.StartTime.UtcDateTime.AddSeconds(5));
        Queue.Snapshot(JobKind.Retag).Should().Be(new JobSnapshot(done, FollowUpQueued: false));
    }

    [Fact]
    public async Task Each_job_runs_in_a_scope_of_its_own()
    {
        var ticket = Queue.Enqueue(JobKind.Retag);
        await using (RunningJobs.Start(_services))
        {
            await ticket.Completion;
            await Queue.Enqueue(JobKind.Retag).Completion;
        }

        _script.Scopes.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        _script.Scopes.Should().OnlyContain(scope => scope.Disposed, "a job's scope, and its DbContext, end with the job");
    }

    [Fact]
    public async Task A_request_while_a_job_runs_queues_one_follow_up_and_later_requests_join_it()
    {
        var firstRunStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirstRun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _script.Body = async (_, _) =>
        {
            if (_script.Runs == 1)
            {
                firstRunStarted.SetResult();
                await releaseFirstRun.Task;
            }

            return "done";
        };

        await using var running = RunningJobs.Start(_services);
        var first = Queue.Enqueue(JobKind.Retag);
        await firstRunStarted.Task;
        var second = Queue.Enqueue(JobKind.Retag);
        var third = Queue.Enqueue(JobKind.Retag);
        var fourth = Queue.Enqueue(JobKind.Retag);
        var whileRunning = Queue.Snapshot(JobKind.Retag);
        releaseFirstRun.SetResult();
        await Queue.WhenIdleAsync(JobKind.Retag);

        first.Outcome.Should().Be(EnqueueOutcome.Queued);
        second.Outcome.Should().Be(EnqueueOutcome.QueuedAfterRunning);
        third.Outcome.Should().Be(EnqueueOutcome.AlreadyQueued);
        fourth.Outcome.Should().Be(EnqueueOutcome.AlreadyQueued);
        new[] { third.JobId, fourth.JobId }.Should().OnlyContain(id => id == second.JobId);
        whileRunning.Current!.State.Should().Be(JobState.Running);
        whileRunning.FollowUpQueued.Should().BeTrue();
        _script.Runs.Should().Be(2);
        _script.MostAtOnce.Should().Be(1);
        (await fourth.Completion).State.Should().Be(JobState.Done);
    }

    [Fact]
    public async Task A_failing_job_is_marked_failed_and_the_next_one_still_runs()
    {
        _script.Body = (_, _) => _script.Runs == 1 ? throw new InvalidOperationException("boom") : Task.FromResult("fine");

        await using var running = RunningJobs.Start(_services);
        var failed = await Queue.Enqueue(JobKind.Retag).Completion;
        var next = await Queue.Enqueue(JobKind.Retag).Completion;

        failed.State.Should().Be(JobState.Failed);
        failed.Message.Should().Contain("failed").And.NotContain("boom", "exception text stays in the log");
        next.State.Should().Be(JobState.Done);
    }

    [Fact]
    public async Task Stopping_the_runner_fails_the_running_job_and_the_one_waiting()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _script.Body = async (_, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return "never";
        };

        var running = RunningJobs.Start(_services);
        var first = Queue.Enqueue(JobKind.Retag);
        await started.Task;
        var followUp = Queue.Enqueue(JobKind.Retag);
        await running.DisposeAsync();

        (await first.Completion).State.Should().Be(JobState.Failed);
        (await followUp.Completion).Message.Should().Contain("stopped before the job started");
    }

    [Fact]
    public async Task Waiting_for_an_idle_queue_returns_at_once_when_nothing_was_queued()
    {
        await Queue.WhenIdleAsync(JobKind.Retag);

        Queue.Snapshot(JobKind.Retag).Should().Be(new JobSnapshot(null, false));
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    public sealed class JobScript
    {
        private int _runs;
        private int _atOnce;

        public Func<IProgress<JobProgress>, CancellationToken, Task<string>> Body { get; set; } = (_, _) => Task.FromResult("done");

        public int Runs => Volatile.Read(ref _runs);

        public int MostAtOnce { get; private set; }

        public List<ScopeMarker> Scopes { get; } = [];

        public async Task<string> RunAsync(ScopeMarker scope, IProgress<JobProgress> progress, CancellationToken ct)
        {
            Interlocked.Increment(ref _runs);
            lock (Scopes)
            {
                Scopes.Add(scope);
                MostAtOnce = Math.Max(MostAtOnce, ++_atOnce);
            }

            try
            {
                return await Body(progress, ct);
            }
            finally
            {
                lock (Scopes)
                {
                    _atOnce--;
                }
            }
        }
    }

    public sealed class ScopeMarker : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    // These tests are about one instance's queue; JobRunnerLeaseTests take real leases on each engine.
    private sealed class OneInstance : IJobLeases
    {
        public Task<bool> TryTakeAsync(string name, string holder, TimeSpan duration, CancellationToken ct) => Task.FromResult(true);

        public Task ReleaseAsync(string name, string holder, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class ScriptedJob(JobScript script, ScopeMarker scope) : IBackgroundJob
    {
        public Task<string> RunAsync(IProgress<JobProgress> progress, CancellationToken ct) => script.RunAsync(scope, progress, ct);
    }
}
