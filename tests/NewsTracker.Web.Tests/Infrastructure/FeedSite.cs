using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsTracker.Web.Tests.Infrastructure;

// A news site on 127.0.0.1 with an RSS feed whose items are a good page, a slow page, a 404, a PDF and a page the
// archive already holds; the feed honours If-None-Match and changes (new ETag, one more item) when told to.
public sealed class FeedSite : IAsyncLifetime
{
    private WebApplication? _app;

    public string Marker { get; } = TestArticles.Marker();

    // Released once each time the slow page is asked for; it never answers.
    public SemaphoreSlim SlowPageRequests { get; } = new(0);

    // 1: the first edition of the feed; 2: one more item and a new ETag.
    public int Edition { get; set; } = 1;

    public int FeedRequests { get; private set; }

    // Requests for the page that fails once.
    public int FlakyRequests => _flakyRequests;

    private int _flakyRequests;

    // Every request for a page of /desk/, with the User-Agent that asked.
    public System.Collections.Concurrent.ConcurrentQueue<(string Path, string UserAgent)> DeskPageRequests { get; } = new();

    public string Url(string path) => BaseAddress + path.TrimStart('/');

    private string BaseAddress { get; set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/world/rss.xml", (HttpContext context) =>
        {
            FeedRequests++;
            var etag = $"\"edition-{Edition}\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = etag;
            return Results.Content(Rss(), "application/rss+xml; charset=utf-8");
        });
        // An Atom feed of three pages from one host that answers If-Modified-Since (no ETag).
        _app.MapGet("/desk/atom.xml", (HttpContext context) =>
        {
            var stamp = "Wed, 13 Apr 2022 09:00:00 GMT";
            if (context.Request.Headers.IfModifiedSince.ToString() == stamp)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.LastModified = stamp;
            return Results.Content(Atom(), "application/atom+xml; charset=utf-8");
        });
        _app.MapGet("/desk/{slug}", (string slug, HttpContext context) =>
        {
            DeskPageRequests.Enqueue((context.Request.Path, context.Request.Headers.UserAgent.ToString()));
            return Results.Content(Page(slug), "text/html; charset=utf-8");
        });
        // A feed of one page that fails once (503) before it answers.
        _app.MapGet("/flaky/rss.xml", () => Results.Content($"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Flaky</title><link>{Url("/flaky/")}</link><description>Once unavailable</description>
            {Item(Url($"/flaky/page-{Marker}"), "Flaky page", "Thu, 14 Apr 2022 08:00:00 GMT")}
            </channel></rss>
            """, "application/rss+xml"));
        _app.MapGet("/flaky/{slug}", (string slug) => Interlocked.Increment(ref _flakyRequests) == 1
            ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
            : Results.Content(Page(slug), "text/html; charset=utf-8"));
        // A feed of one page whose site is down (503 every time).
        _app.MapGet("/down/rss.xml", () => Results.Content($"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Down</title><link>{Url("/down/")}</link><description>Unavailable</description>
            {Item(Url($"/down/page-{Marker}"), "Down page", "Thu, 14 Apr 2022 09:00:00 GMT")}
            </channel></rss>
            """, "application/rss+xml"));
        _app.MapGet("/down/{slug}", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        _app.MapGet("/world/broken.xml", () => Results.Content("<rss><channel><item><title>cut off", "application/rss+xml"));
        _app.MapGet("/news/{slug}", (string slug) => Results.Content(Page(slug), "text/html; charset=utf-8"));
        _app.MapGet("/slow", async (HttpContext context) =>
        {
            SlowPageRequests.Release();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        _app.MapGet("/missing", () => Results.NotFound());
        _app.MapGet("/report.pdf", () => Results.Bytes("%PDF-1.7 not a page"u8.ToArray(), "application/pdf"));
        await _app.StartAsync();
        BaseAddress = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
    }

    public async Task DisposeAsync()
    {
        SlowPageRequests.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public string ArticleUrl(string slug) => Url($"/news/{slug}-{Marker}");

    private string Rss()
    {
        var items = new List<string>
        {
            Item(ArticleUrl("talks"), "Talks resume", "Mon, 11 Apr 2022 08:00:00 GMT"),
            Item(ArticleUrl("energy"), "Energy <b>plan</b> & more", "Tue, 12 Apr 2022 08:00:00 GMT"),
            Item(Url("/slow"), "A slow page", "Tue, 12 Apr 2022 09:00:00 GMT"),
            Item(Url("/missing"), "Gone", "Tue, 12 Apr 2022 10:00:00 GMT"),
            Item(Url("/report.pdf"), "A report", "Tue, 12 Apr 2022 11:00:00 GMT"),
            Item(ArticleUrl("known"), "Already here", "Tue, 12 Apr 2022 12:00:00 GMT"),
        };
        if (Edition >= 2)
        {
            items.Add(Item(ArticleUrl("border"), "Border news", "Wed, 13 Apr 2022 08:00:00 GMT"));
        }

        items.Reverse();
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Nordic Wire: World</title><link>{Url("/")}</link><description>World news</description>
            {string.Concat(items)}
            </channel></rss>
            """;
    }

    private string Atom() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Nordic Wire: Desk</title><id>{Url("/desk/")}</id><updated>2022-04-13T09:00:00Z</updated>
        {string.Concat(new[] { "port", "grid", "ferry" }.Select((slug, i) => $"<entry><title>Desk {slug}</title><id>{Url($"/desk/{slug}-{Marker}")}</id><link href=\"{Url($"/desk/{slug}-{Marker}")}\"/><updated>2022-04-13T0{i + 6}:00:00Z</updated><author><name>Desk Editor</name></author></entry>"))}
        </feed>
        """;

    private static string Item(string link, string title, string date) =>
        $"<item><title>{System.Security.SecurityElement.Escape(title)}</title><link>{link}</link><pubDate>{date}</pubDate><author>desk@nordicwire.example (Anne Kauranen)</author></item>";

    // No date on the page: the feed's date is used.
    public string Page(string slug) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Story {{slug}} | Nordic Wire</title></head>
        <body><main><article>
          <h1>Story {{slug}} from Helsinki</h1>
          <p>HELSINKI (Nordic Wire) - Finnish President Sauli Niinistö spoke on Tuesday about {{slug}}, a subject of the talks this week.</p>
          <p>“We are ready to discuss {{slug}} with our partners, and we will do it without delay,” Niinistö told reporters in Helsinki.</p>
          <p>He added that the government would report to parliament. “Our choice on {{slug}} is our own,” he said, in remarks broadcast on national television.</p>
        </article></main></body></html>
        """;
}
