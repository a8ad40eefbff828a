using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsTracker.Web.Infrastructure;

public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    // Sign-in attempts a minute from one address: enough for typos, too few to guess passwords.
    public int SignInPerMinute { get; set; } = 10;

    // Changes a minute by one account (or one address when signed out): page posts and API writes.
    public int WritesPerMinute { get; set; } = 60;
}

// Two limits: sign-in posts per client address, and every write (any method but GET, HEAD, OPTIONS) per
// account. Over the limit a page shows the 429 status page, the API answers with problem details.
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddNewsTrackerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitingOptions>(configuration.GetSection(RateLimitingOptions.Section));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, context => IsWrite(context)
                ? RateLimitPartition.GetFixedWindowLimiter("sign-in " + Address(context), _ => PerMinute(Options(context).SignInPerMinute))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsWrite(context)
                ? RateLimitPartition.GetFixedWindowLimiter(Writer(context), _ => PerMinute(Options(context).WritesPerMinute))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.OnRejected = RejectedAsync;
        });
        return services;
    }

    private static async ValueTask RejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return; // the status page (UseStatusCodePagesWithReExecute) explains it
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"Too many changes in a minute; try again in {seconds} seconds.",
            },
        });
    }

    // The status page shown for a refused request is not a second write.
    private static bool IsWrite(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        && context.Features.Get<IStatusCodeReExecuteFeature>() is null;

    private static string Writer(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user ? "user " + user : "address " + Address(context);

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitingOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
