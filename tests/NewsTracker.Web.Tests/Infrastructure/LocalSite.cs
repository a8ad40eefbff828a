using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsTracker.Web.Tests.Infrastructure;

// A real web server on 127.0.0.1 (a port of its own) serving the pages "Add from URL" tests fetch: never the internet.
public sealed class LocalSite : IAsyncLifetime
{
    public const string ArticleTitle = "Finland will decide on NATO within weeks, Niinistö says";

    private WebApplication? _app;

    public string Url(string path) => BaseAddress + path.TrimStart('/');

    private string BaseAddress { get; set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/world/finland-nato", () => Results.Content(ArticleHtml, "text/html; charset=utf-8"));
        _app.MapGet("/missing", () => Results.NotFound());
        _app.MapGet("/report.pdf", () => Results.Bytes("%PDF-1.7 not a page"u8.ToArray(), "application/pdf"));
        _app.MapGet("/slow", async (HttpContext context) =>
        {
            // Answers only when the client gives up: longer than any test's timeout.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        _app.MapGet("/endless", async (HttpContext context) =>
        {
            // No Content-Length: only counting while reading can stop it.
            context.Response.ContentType = "text/html";
            var chunk = System.Text.Encoding.UTF8.GetBytes("<p>" + new string('x', 8000) + "</p>");
            for (var i = 0; i < 10_000 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted).AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
            }
        });
        await _app.StartAsync();
        BaseAddress = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private const string ArticleHtml = $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{{ArticleTitle}} | Nordic Wire</title>
          <meta property="og:title" content="{{ArticleTitle}}">
          <meta property="og:site_name" content="Nordic Wire">
          <meta name="author" content="Anne Kauranen">
          <meta property="article:published_time" content="2022-04-13T09:30:00Z">
        </head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
          <main>
            <article>
              <h1>{{ArticleTitle}}</h1>
              <p class="byline">By Anne Kauranen</p>
              <p>HELSINKI (Nordic Wire) - Finnish President Sauli Niinistö said on Wednesday that the country would settle its security policy within weeks, after months of debate about joining the alliance.</p>
              <p>“We are ready to take this decision together with our parliament, and we will take it without delay,” Niinistö told reporters in Helsinki, adding that the government would present its report to lawmakers shortly.</p>
              <p>He added that pressure from Moscow would not change the outcome. “Our security is our own choice and nobody else decides it for us,” he said, in remarks broadcast on national television.</p>
              <p>Prime Minister Sanna Marin said the parliament would debate the report in the coming weeks and that a decision could come before the summer, according to officials familiar with the timetable.</p>
            </article>
          </main>
          <footer>© Nordic Wire. Subscribe to our newsletter.</footer>
        </body>
        </html>
        """;
}
