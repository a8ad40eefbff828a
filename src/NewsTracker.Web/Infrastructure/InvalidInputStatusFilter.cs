using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsTracker.Web.Infrastructure;

// A page that comes back because its input was refused (validation messages, a duplicate, a bad
// filter) answers 400, so scripts and monitoring see the refusal while the person still gets the form
// with what they typed. A handler that chose a status itself (413, 409) keeps it.
public sealed class InvalidInputStatusFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Exception is null && !context.ModelState.IsValid && context.Result is null or PageResult { StatusCode: null })
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
