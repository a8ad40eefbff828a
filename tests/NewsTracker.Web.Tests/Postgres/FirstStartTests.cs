using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Testing;
using NewsTracker.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace NewsTracker.Web.Tests.Postgres;

// The app's first start on an empty PostgreSQL database: migrated from nothing (the key ring's table included),
// seeded, ready, and with no error in its log, so an operator's alerting on errors stays quiet.
public sealed class FirstStartTests : IAsyncLifetime
{
    private readonly PostgresNewsTrackerFactory _factory = PostgresNewsTrackerFactory.OnEmptyDatabase();
    private readonly CapturedLogs _logs = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [PostgresFact]
    public async Task A_first_start_migrates_an_empty_database_and_logs_no_error()
    {
        await using var app = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Serilog:MinimumLevel:Default", "Information")
            .ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(_logs)));
        var client = app.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        var token = await client.AntiforgeryTokenAsync("/Account/SignIn");

        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        token.Should().NotBeEmpty("the key ring's table exists");
        _logs.Events.Should().Contain(e => e.MessageTemplate.Text.StartsWith("Seed import", StringComparison.Ordinal), "the start migrated and seeded");
        _logs.Events.Where(e => e.Level >= LogEventLevel.Error).Select(CapturedLogs.Render).Should().BeEmpty();
    }
}
