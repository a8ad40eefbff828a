using Serilog.Events;

namespace NewsTracker.Web.Infrastructure;

// A client that went away (closed the tab, a script's timeout) cancels RequestAborted, and whatever was running
// stops with OperationCanceledException. That is not a server error: the request ends as 499 (client closed
// request) without reaching the exception handler, and its log line is information without a stack trace.
// The request log's levels are chosen here.
public static class ClientDisconnects
{
    public const int ClientClosedRequest = 499;

    // Sits just inside request logging, so the request line sees the 499 and no exception.
    public static IApplicationBuilder UseClientDisconnects(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            {
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = ClientClosedRequest;
                }
            }
        });

    // A busy database (503, DatabaseBusy) is contention to watch, not a failure: a warning.
    public static LogEventLevel LevelFor(HttpContext context, double elapsedMs, Exception? exception) =>
        context.RequestAborted.IsCancellationRequested && exception is null or OperationCanceledException or IOException
            ? LogEventLevel.Information
            : exception is null && context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable
                ? LogEventLevel.Warning
                : exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
                    ? LogEventLevel.Error
                    : LogEventLevel.Information;
}
