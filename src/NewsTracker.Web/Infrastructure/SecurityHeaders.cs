using Scalar.AspNetCore;

namespace NewsTracker.Web.Infrastructure;

// Set on every response, including error pages and static files: the headers are added when the
// response starts, so a middleware that clears the response (the exception handler) cannot drop them.
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    // The API reference page alone (ApiReference): Scalar starts itself with an inline module script, which runs only
    // with this response's nonce, and styles its widgets with inline style attributes, which no nonce can allow.
    // Scripts from anywhere but this site, and inline scripts without the nonce, stay refused.
    public static string ApiDocsPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;

                // Only Scalar's page puts a nonce here (ScalarOptions.DynamicNonce), fresh for each request.
                headers.ContentSecurityPolicy = context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var value) && value is string nonce
                    ? ApiDocsPolicy(nonce)
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
