using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Jobs;

// Several instances on one database: a job's lease is held by one instance at a time, renewed by it, and taken
// over by another only once it has expired.
public sealed class JobLeaseTests : DatabaseTest
{
    private static readonly TimeSpan Minutes30 = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task The_first_instance_takes_the_lease_and_another_is_refused_while_it_lasts()
    {
        (await TakeAsync("instance-a")).Should().BeTrue();
        (await TakeAsync("instance-b")).Should().BeFalse();

        Database.Clock.Advance(TimeSpan.FromMinutes(29));
        (await TakeAsync("instance-b")).Should().BeFalse();
        await using var db = Database.CreateContext();
        (await db.Set<JobLease>().SingleAsync()).Holder.Should().Be("instance-a");
    }

    [Fact]
    public async Task The_holder_renews_its_lease_and_so_keeps_it_past_the_first_expiry()
    {
        await TakeAsync("instance-a");
        Database.Clock.Advance(TimeSpan.FromMinutes(20));
        (await TakeAsync("instance-a")).Should().BeTrue();

        Database.Clock.Advance(TimeSpan.FromMinutes(20));

        (await TakeAsync("instance-b")).Should().BeFalse("the renewal moved the expiry to 50 minutes");
        await using var db = Database.CreateContext();
        (await db.Set<JobLease>().SingleAsync()).ExpiresUtc.Should().Be(TestDatabase.StartTime.UtcDateTime.AddMinutes(50));
    }

    [Fact]
    public async Task An_expired_lease_goes_to_the_next_instance_that_asks()
    {
        await TakeAsync("instance-a");
        Database.Clock.Advance(Minutes30);

        (await TakeAsync("instance-b")).Should().BeTrue();
        (await TakeAsync("instance-a")).Should().BeFalse();
    }

    [Fact]
    public async Task A_released_lease_is_free_at_once_and_leases_of_other_jobs_are_apart()
    {
        await TakeAsync("instance-a");
        (await TakeAsync("instance-b", "re-tag")).Should().BeTrue();

        await using (var scope = Database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync("feed-polling", "instance-a", default);
        }

        (await TakeAsync("instance-b")).Should().BeTrue();
    }

    private async Task<bool> TakeAsync(string holder, string job = "feed-polling")
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<JobLeases>().TryTakeAsync(job, holder, Minutes30, default);
    }
}
