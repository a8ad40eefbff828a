using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Search;

namespace NewsTracker.Web.Infrastructure;

// Another writer (an import, a re-tag, another editor) held the database past the busy timeout: nothing was
// changed, and trying again shortly will work. A page form comes back filled in with a "try again" and 503; the
// API answers a 503 problem; either way with Retry-After. The engine's own error types stay behind IDatabaseDialect.
public static class DatabaseBusy
{
    public const string Message = "The archive is busy with another change right now, so nothing was saved. Your form is as you left it: try again in a moment.";
    public const string RetryAfterSeconds = "5";

    // The fallback for everything a page filter does not catch (the API, rendering): 503 and, for the API, a problem.
    public static IApplicationBuilder UseDatabaseBusyAnswer(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (!context.Response.HasStarted && context.RequestServices.GetRequiredService<IDatabaseDialect>().IsBusy(ex))
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseBusy))
                    .LogWarning("{Method} {Path} answered 503: the database was busy", context.Request.Method, context.Request.Path.Value);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds;
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(title: "The database is busy.", detail: "Another change held the database; nothing was changed. Try again shortly.",
                        statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
                }
            }
        });
}

// Registered for every page: a handler that met a busy database re-renders its page, bound input and all.
public sealed class DatabaseBusyPageFilter(IDatabaseDialect dialect, ILogger<DatabaseBusyPageFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed is { Exception: { } exception, ExceptionHandled: false } && context.HandlerInstance is PageModel page && dialect.IsBusy(exception))
        {
            logger.LogWarning("{Page} answered 503 with its form: the database was busy", context.ActionDescriptor.ViewEnginePath);
            page.ModelState.AddModelError(string.Empty, DatabaseBusy.Message);
            context.HttpContext.Response.Headers.RetryAfter = DatabaseBusy.RetryAfterSeconds;
            executed.Result = new PageResult { StatusCode = StatusCodes.Status503ServiceUnavailable };
            executed.ExceptionHandled = true;
        }
    }
}
