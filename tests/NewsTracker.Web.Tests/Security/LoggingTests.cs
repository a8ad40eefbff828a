using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace NewsTracker.Web.Tests.Security;

// What the app writes to its logs, through its own Serilog configuration.
public sealed class LoggingTests(LoggingTests.Factory factory) : IClassFixture<LoggingTests.Factory>
{
    [Fact]
    public async Task A_line_break_in_a_request_path_cannot_forge_a_log_line()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/Speakers/nobody%0D%0A%5B12:00:00%20ERR%5D%20Forged%20entry");

        var logged = await factory.Logs.WaitForAsync(e => e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("Forged entry"));
        var rendered = CapturedLogs.Render(logged);
        rendered.TrimEnd('\r', '\n').Should().NotContainAny("\n", "\r");
        rendered.Should().Contain("/Speakers/nobody  [12:00:00 ERR] Forged entry");
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_client_that_disconnects_is_not_logged_as_a_server_error(string environment)
    {
        await using var app = factory.WithWebHostBuilder(builder => builder.UseEnvironment(environment));
        var logs = app.Services.GetRequiredService<CapturedLogs>();
        var client = app.CreateClient();
        using var cancel = new CancellationTokenSource();
        var started = app.Services.GetRequiredService<HangingEndpoint>().Started.Task;

        var request = client.GetAsync(HangingEndpoint.Path, cancel.Token);
        await started.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();
        await FluentActions.Awaiting(() => request).Should().ThrowAsync<OperationCanceledException>();

        // The request log's own line (it carries the status code): other events of the request, such as HTTPS
        // redirection's warning in Production that no HTTPS port is configured here, carry the path too.
        var requestLine = await logs.WaitForAsync(e => e.Properties.ContainsKey("StatusCode")
            && e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains(HangingEndpoint.Path));
        requestLine.Level.Should().Be(LogEventLevel.Information);
        requestLine.Exception.Should().BeNull();
        logs.Events.Where(e => e.Level >= LogEventLevel.Error).Select(CapturedLogs.Render).Should().BeEmpty();
    }

    // An endpoint at the very end of the app's pipeline (inside request logging and the exception handler) that
    // waits until the client goes away and then fails the way any cancelled work fails.
    public sealed class HangingEndpoint : IStartupFilter
    {
        public const string Path = "/test-only/hang";

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (HttpContext context, RequestDelegate _) =>
            {
                if (context.Request.Path != Path)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                Started.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            });
        };
    }

    public sealed class Factory : NewsTrackerFactory
    {
        public CapturedLogs Logs => Services.GetRequiredService<CapturedLogs>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<CapturedLogs>();
                services.AddSingleton<ILogEventSink>(provider => provider.GetRequiredService<CapturedLogs>());
                services.AddSingleton<HangingEndpoint>();
                services.AddSingleton<IStartupFilter>(provider => provider.GetRequiredService<HangingEndpoint>());
            });
        }
    }
}
