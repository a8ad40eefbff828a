using NewsTracker.Core.Following;
using NewsTracker.Web.Pages.Searches;

namespace NewsTracker.Web.Feeds;

// GET /feeds/searches/{token}.atom: a saved search's newest quotes for feed readers. The secret token in the address
// is the credential, so it answers without an account even in a private archive (Access:AnonymousRead false); an
// unknown or revoked token is a 404 that says nothing more. Reads fall under whatever limit the app puts on reads.
public static class SearchFeedEndpoints
{
    public const string PathStart = "/feeds/searches/";
    private const string Extension = ".atom";

    public static IEndpointRouteBuilder MapSearchFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(PathStart + "{token}" + Extension, ReadAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static string Address(HttpRequest request, string token) => BaseUrl(request) + PathStart + token + Extension;

    // The path with the token left out, for logs: a token in a log file is a feed anyone reading the log can take.
    public static string Redact(string path)
    {
        var start = path.IndexOf(PathStart, StringComparison.OrdinalIgnoreCase);
        return start < 0 ? path : path[..(start + PathStart.Length)] + "…" + Extension;
    }

    private static async Task<IResult> ReadAsync(string token, HttpContext context, SavedSearchService searches, TimeProvider clock, CancellationToken ct)
    {
        if (await searches.FeedAsync(token, SavedQuery.ToFilter, SavedSearchService.FeedSize, ct) is not { } feed)
        {
            return Results.NotFound();
        }

        // A secret address: not for search engines, not for shared caches.
        context.Response.Headers.CacheControl = "private, no-cache";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        var now = clock.GetUtcNow().UtcDateTime;
        return Results.Bytes(AtomFeed.Write(feed, BaseUrl(context.Request), Address(context.Request, token), now), AtomFeed.ContentType);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
