using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Jobs;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

public sealed class JobsApiTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task The_re_tag_status_reads_as_json_with_state_progress_and_times()
    {
        var ticket = factory.Services.GetRequiredService<BackgroundJobQueue>().Enqueue(JobKind.Retag);
        await ticket.Completion;

        var status = await factory.CreateClient().GetJsonAsync("/api/jobs/retag");

        status.PropertyNames().Should().Equal("state", "done", "total", "startedAt", "finishedAt", "message", "followUpQueued");
        status.GetProperty("state").GetString().Should().Be("done");
        status.GetProperty("total").GetInt32().Should().BeGreaterThan(0);
        status.GetProperty("message").GetString().Should().Contain("changed topics");
    }

    [Theory]
    [InlineData("no-such-job")]
    [InlineData("0")]
    public async Task An_unknown_job_kind_is_a_404(string kind)
    {
        using var response = await factory.CreateClient().GetAsync("/api/jobs/" + kind);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
