using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Web.Infrastructure;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages;

// The friendly page for 4xx/5xx responses without a body (UseStatusCodePagesWithReExecute).
[AllowAnonymous]
[AllowAnonymousPost]
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public string? OriginalPath { get; private set; }

    // No bound parameters: the re-executed request may be a POST whose oversized form must stay unread.
    public void OnGet()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, out var value) ? value : StatusCodes.Status500InternalServerError;
        Code = code;
        OriginalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        var limit = HttpContext.Items[RequestLimits.ExceededLimitItem] as long?;
        (Heading, Message) = code switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "There is nothing at this address. The article, speaker or topic may never have existed, or the link is mistyped."),
            StatusCodes.Status413PayloadTooLarge => ("Submission too large", TooLarge(limit, OriginalPath)),
            StatusCodes.Status400BadRequest => ("The request could not be handled", "The form may have expired, or it carried characters a web form cannot send (NUL bytes from binary data, which the server refuses before reading any field). Go back, remove them or reload the page, and try again."),
            StatusCodes.Status405MethodNotAllowed => ("Not allowed", "This address does not accept that kind of request."),
            StatusCodes.Status401Unauthorized => ("Not signed in", "The API token sent with this request is unknown or revoked, or its account is disabled."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Too many attempts or changes in one minute. Wait a minute, then try again."),
            StatusCodes.Status503ServiceUnavailable => ("The archive is busy", "Another change was being saved at the same moment, so this one was not made. Try again in a moment."),
            >= 500 => ("Something went wrong", "The page could not be shown because of an error on our side. Please try again in a moment."),
            _ => ("The request could not be handled", "Please go back and try again."),
        };
    }

    public void OnPost() => OnGet();

    private static string TooLarge(long? limit, string? path)
    {
        var size = limit is { } max ? $"the {RequestLimits.Describe(max)} this form accepts" : "what this form accepts";
        var advice = string.Equals(path, "/Articles/New", StringComparison.OrdinalIgnoreCase)
            ? $" An article can be at most {Display.Number(Core.Articles.Article.BodyMaxLength)} characters; split a longer piece into several articles."
            : string.Equals(path, "/Articles/Import", StringComparison.OrdinalIgnoreCase)
                ? $" Import fewer files at a time; each file can be at most {RequestLimits.Describe(RequestLimits.ImportFileMaxBytes)}."
                : string.Empty;
        return $"The submission is larger than {size}.{advice}";
    }
}
