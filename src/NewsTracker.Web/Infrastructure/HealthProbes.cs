using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsTracker.Core.Data;
using Serilog.Events;

namespace NewsTracker.Web.Infrastructure;

// /health/live: the process answers; nothing else is checked, so a slow or missing database never gets it restarted.
// /health/ready: the database is reachable and every migration is applied; 503 otherwise, so a load balancer sends
// no traffic to an instance that cannot serve it. Both answer without an account (also when Access:AnonymousRead is
// false), outside the rate limits and HTTPS redirection (probes come over plain HTTP from inside the network), and a
// healthy answer is left out of the request log.
public static class HealthProbes
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    private const string Ready = "ready";

    public static IServiceCollection AddNewsTrackerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<NewsDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapNewsTrackerHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }

    public static bool IsProbe(HttpContext context) => context.Request.Path.StartsWithSegments("/health");

    // Probes succeed every few seconds: a healthy answer is Verbose, below any configured minimum; a failing one is
    // logged as any other answer is (503 as a warning).
    public static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMs, Exception? exception) =>
        IsProbe(context) && exception is null && context.Response.StatusCode == StatusCodes.Status200OK
            ? LogEventLevel.Verbose
            : ClientDisconnects.LevelFor(context, elapsedMs, exception);

    // { "status": "Unhealthy", "checks": { "database": { "status": "Healthy", "description": null }, "migrations": { … } } }
    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
}

// Every migration in the app is applied to the database it reads. Start-up applies them, so a pending one means this
// instance is newer than the database (another instance migrating, a restore of an old copy).
public sealed class MigrationsHealthCheck(NewsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Unreachable is the database check's to report; asking a missing SQLite file for its migrations would create it.
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Every migration is applied.")
            : HealthCheckResult.Unhealthy($"Not applied: {string.Join(", ", pending)}.");
    }
}
