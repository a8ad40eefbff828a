using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsTracker.Core.Data;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Jobs;

// Several instances on one database run a kind of job once at a time: the runner takes the kind's lease before
// the job starts, renews it while the job runs, and gives it up after; a job whose lease another instance holds
// waits, says so, and starts once the lease is released or has expired.
public sealed class JobRunnerLeaseTests : DatabaseTest
{
    private static readonly string Lease = BackgroundJobRunner.LeaseName(JobKind.Retag);

    private readonly JobControl _control = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(_control);
        services.AddKeyedScoped<IBackgroundJob, ControlledJob>(JobKind.Retag);
    }

    [Fact]
    public async Task A_job_runs_holding_its_kinds_lease_and_gives_it_up_when_done()
    {
        var (queue, runner) = Instance("instance-a");
        await using (RunningJobs.Start(queue, runner))
        {
            (await queue.Enqueue(JobKind.Retag).Completion).State.Should().Be(JobState.Done);
        }

        _control.LeaseWhileRunning.Should().BeEquivalentTo(new JobLease
        {
            Name = "job:retag",
            Holder = "instance-a",
            ExpiresUtc = TestDatabase.StartTime.UtcDateTime + BackgroundJobRunner.LeaseDuration,
        });
        (await LeaseAsync()).Should().BeNull("the lease is released as soon as the job is done");
    }

    [Fact]
    public async Task A_job_waits_while_another_instance_holds_the_lease_and_runs_once_it_is_released()
    {
        (await TakeAsync("instance-b")).Should().BeTrue();
        var (queue, runner) = Instance("instance-a");
        var waiting = WhenWaiting(queue);
        await using var running = RunningJobs.Start(queue, runner);

        var ticket = queue.Enqueue(JobKind.Retag);
        await waiting;
        var whileWaiting = queue.Snapshot(JobKind.Retag).Current!;
        var joined = queue.Enqueue(JobKind.Retag);
        _control.Runs.Should().Be(0, "another instance holds the lease");
        await ReleaseAsync("instance-b");
        Database.Clock.Advance(BackgroundJobRunner.RetryEvery);
        var done = await ticket.Completion;

        whileWaiting.State.Should().Be(JobState.Waiting);
        whileWaiting.Message.Should().Be(BackgroundJobRunner.WaitingMessage);
        joined.Outcome.Should().Be(EnqueueOutcome.AlreadyQueued, "the waiting job has read nothing yet");
        done.State.Should().Be(JobState.Done);
        done.Message.Should().Be("done");
        _control.Runs.Should().Be(1);
        _control.LeaseWhileRunning!.Holder.Should().Be("instance-a");
    }

    [Fact]
    public async Task A_lease_left_by_an_instance_that_stopped_is_taken_once_it_expires()
    {
        await TakeAsync("instance-b");
        var (queue, runner) = Instance("instance-a");
        var waiting = WhenWaiting(queue);
        await using var running = RunningJobs.Start(queue, runner);

        var ticket = queue.Enqueue(JobKind.Retag);
        await waiting;
        Database.Clock.Advance(BackgroundJobRunner.LeaseDuration);
        var done = await ticket.Completion;

        done.State.Should().Be(JobState.Done);
        _control.LeaseWhileRunning!.Holder.Should().Be("instance-a");
    }

    [Fact]
    public async Task A_long_job_renews_its_lease_so_another_instance_cannot_take_it_at_the_first_expiry()
    {
        _control.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (queue, runner) = Instance("instance-a");
        await using var running = RunningJobs.Start(queue, runner);
        var ticket = queue.Enqueue(JobKind.Retag);
        await _control.Started.Task;

        for (var renewal = 0; renewal < 3; renewal++)
        {
            var renewed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            void Renewed(bool held) => renewed.TrySetResult(held);
            runner.LeaseRenewed += Renewed;
            Database.Clock.Advance(BackgroundJobRunner.RenewEvery);
            (await renewed.Task).Should().BeTrue();
            runner.LeaseRenewed -= Renewed;
        }

        var takenByAnother = await TakeAsync("instance-b");
        var lease = await LeaseAsync();
        _control.Hold.SetResult();
        await ticket.Completion;

        takenByAnother.Should().BeFalse("the lease first taken would have expired now, but it was renewed");
        lease!.Holder.Should().Be("instance-a");
        lease.ExpiresUtc.Should().Be(TestDatabase.StartTime.UtcDateTime + (2 * BackgroundJobRunner.LeaseDuration));
    }

    private (BackgroundJobQueue Queue, BackgroundJobRunner Runner) Instance(string holder)
    {
        var queue = new BackgroundJobQueue(Database.Clock);
        var runner = new BackgroundJobRunner(queue, Database.Services.GetRequiredService<IServiceScopeFactory>(), Database.Clock, NullLogger<BackgroundJobRunner>.Instance)
        {
            Holder = holder,
        };
        return (queue, runner);
    }

    private static Task WhenWaiting(BackgroundJobQueue queue)
    {
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.StatusChanged += status =>
        {
            if (status.State == JobState.Waiting)
            {
                waiting.TrySetResult();
            }
        };
        return waiting.Task;
    }

    private Task<bool> TakeAsync(string holder) =>
        InScopeAsync<IJobLeases, bool>(leases => leases.TryTakeAsync(Lease, holder, BackgroundJobRunner.LeaseDuration, default));

    private Task<bool> ReleaseAsync(string holder) =>
        InScopeAsync<IJobLeases, bool>(async leases =>
        {
            await leases.ReleaseAsync(Lease, holder, default);
            return true;
        });

    private async Task<JobLease?> LeaseAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Set<JobLease>().AsNoTracking().SingleOrDefaultAsync(l => l.Name == Lease);
    }

    public sealed class JobControl
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Set: each run waits for it after starting, as a long job would.
        public TaskCompletionSource? Hold { get; set; }

        public JobLease? LeaseWhileRunning { get; set; }

        internal void Ran() => Interlocked.Increment(ref _runs);
    }

    // Reads its kind's lease as it stands while the job runs, then waits if told to.
    private sealed class ControlledJob(JobControl control, NewsDbContext db) : IBackgroundJob
    {
        public async Task<string> RunAsync(IProgress<JobProgress> progress, CancellationToken ct)
        {
            control.Ran();
            control.LeaseWhileRunning = await db.Set<JobLease>().AsNoTracking().SingleOrDefaultAsync(l => l.Name == Lease, ct);
            control.Started.TrySetResult();
            if (control.Hold is { } hold)
            {
                await hold.Task.WaitAsync(ct);
            }

            return "done";
        }
    }
}
