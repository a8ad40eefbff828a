using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsTracker.Web.Infrastructure.Accounts;

// Every page handler that is not a GET changes data, so it needs an Editor or an Admin. Pages whose POST
// is not a change (signing in, error pages) opt out with [AllowAnonymousPost].
public sealed class EditorWritesFilter(IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || context.ActionDescriptor.EndpointMetadata.OfType<AllowAnonymousPostAttribute>().Any())
        {
            await next();
            return;
        }

        var user = context.HttpContext.User;
        var allowed = await authorization.AuthorizeAsync(user, Policies.Editing);
        if (allowed.Succeeded)
        {
            await next();
            return;
        }

        context.Result = user.Identity?.IsAuthenticated == true ? new ForbidResult() : new ChallengeResult();
    }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowAnonymousPostAttribute : Attribute;
