using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Data;
using NewsTracker.Testing.Engines;
using NewsTracker.Web.Tests.Infrastructure;
using NewsTracker.Web.Tests.Security;
using Serilog.Events;

namespace NewsTracker.Web.Tests.Health;

// /health/live and /health/ready. The failing cases break a database of their own, so each starts its own app.
[SqliteOnly("takes the SQLite file away to make the database unreachable")]
public sealed class HealthProbeTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Both_probes_answer_200_on_a_migrated_database_and_ready_names_its_checks()
    {
        var client = factory.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        var report = await Json.ReadAsync(ready);

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json.ReadAsync(live)).GetProperty("status").GetString().Should().Be("Healthy");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        report.GetProperty("status").GetString().Should().Be("Healthy");
        report.GetProperty("checks").PropertyNames().Should().BeEquivalentTo("database", "migrations");
        report.GetProperty("checks").EnumerateObject().Should().OnlyContain(c => c.Value.GetProperty("status").GetString() == "Healthy");
        ready.Headers.CacheControl!.NoCache.Should().BeTrue("a probe's answer is never reused");
    }

    [Fact]
    public void The_probes_need_no_account_and_no_rate_limit_applies_to_them()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is "/health/live" or "/health/ready")
            .ToList();

        endpoints.Should().HaveCount(2);
        endpoints.Should().OnlyContain(e => e.Metadata.GetMetadata<IAllowAnonymous>() != null && e.Metadata.GetMetadata<DisableRateLimitingAttribute>() != null);
    }

    [Fact]
    public async Task Ready_answers_503_while_the_database_file_is_gone_and_live_still_answers_200()
    {
        await using var app = new NewsTrackerFactory();
        var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        SqliteConnection.ClearAllPools();
        var moved = MoveDatabase(app.DatabasePath, app.DatabasePath + ".away");

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");
        var report = await Json.ReadAsync(ready);
        MoveDatabase(app.DatabasePath + ".away", app.DatabasePath, moved);
        using var back = await client.GetAsync("/health/ready");

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        report.GetProperty("status").GetString().Should().Be("Unhealthy");
        Check(report, "database").GetProperty("status").GetString().Should().Be("Unhealthy");
        File.Exists(app.DatabasePath + ".away").Should().BeFalse();
        live.StatusCode.Should().Be(HttpStatusCode.OK);
        back.StatusCode.Should().Be(HttpStatusCode.OK, "the probe neither created nor damaged a database while it was away");
    }

    [Fact]
    public async Task Ready_answers_503_naming_a_migration_that_is_not_applied_and_200_once_it_is()
    {
        await using var app = new NewsTrackerFactory();
        var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        string latest;
        string productVersion;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            latest = (await db.Database.GetAppliedMigrationsAsync()).Last();
            productVersion = await db.Database.SqlQuery<string>($"SELECT ProductVersion AS Value FROM __EFMigrationsHistory WHERE MigrationId = {latest}").SingleAsync();
            await db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {latest}");
        }

        using var ready = await client.GetAsync("/health/ready");
        var report = await Json.ReadAsync(ready);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Database
                .ExecuteSqlAsync($"INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ({latest}, {productVersion})");
        }

        using var back = await client.GetAsync("/health/ready");

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        Check(report, "database").GetProperty("status").GetString().Should().Be("Healthy");
        Check(report, "migrations").GetProperty("status").GetString().Should().Be("Unhealthy");
        Check(report, "migrations").GetProperty("description").GetString().Should().Contain(latest);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        back.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static JsonElement Check(JsonElement report, string name) => report.GetProperty("checks").GetProperty(name);

    // The database and its WAL companions, if any, to another name; returns the suffixes moved, to move them back.
    private static string[] MoveDatabase(string from, string to, string[]? suffixes = null)
    {
        suffixes ??= [.. new[] { string.Empty, "-wal", "-shm" }.Where(s => File.Exists(from + s))];
        foreach (var suffix in suffixes)
        {
            File.Move(from + suffix, to + suffix);
        }

        return suffixes;
    }
}

// Probes come every few seconds: the healthy ones stay out of the request log, which the test reads at Information.
public sealed class HealthProbeLoggingTests(LoggingTests.Factory factory) : IClassFixture<LoggingTests.Factory>
{
    [Fact]
    public async Task Healthy_probes_are_not_written_to_the_request_log()
    {
        var client = factory.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/topics")).StatusCode.Should().Be(HttpStatusCode.OK);

        // The request after the probes is logged, so the log has caught up with them.
        await factory.Logs.WaitForAsync(e => Path(e) == "/api/topics" && e.Properties.ContainsKey("StatusCode"));
        factory.Logs.Events.Where(e => e.Level >= LogEventLevel.Information && Path(e).StartsWith("/health", StringComparison.Ordinal))
            .Select(Infrastructure.CapturedLogs.Render).Should().BeEmpty();
    }

    private static string Path(LogEvent e) =>
        e.Properties.TryGetValue("RequestPath", out var path) && path is ScalarValue { Value: string text } ? text : string.Empty;
}
