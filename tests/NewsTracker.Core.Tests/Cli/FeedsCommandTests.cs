using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;
using NewsTracker.Core.Feeds;
using NewsTracker.Core.Jobs;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Cli;

// feeds add|list|poll against a small site on 127.0.0.1 (never the internet): what each feed added, skipped and
// failed, the exit codes, and a poll refused while another instance holds the polling lease.
public sealed class FeedsCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newstracker-feeds-").FullName;
    private readonly HttpListener _site = new();
    private readonly CancellationTokenSource _stop = new();
    private string _base = string.Empty;
    private Task _serving = Task.CompletedTask;

    private string Connection => $"Data Source={Path.Combine(_folder, "feeds.db")}";

    public Task InitializeAsync()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            _base = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
            probe.Stop();
        }

        _site.Prefixes.Add(_base);
        _site.Start();
        _serving = ServeAsync();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _site.Close();
        await _serving;
        _stop.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Add_list_and_poll_say_what_each_feed_added_skipped_and_failed()
    {
        var added = await FeedsAsync("add", _base + "rss.xml", "--outlet", "Harbour Wire");
        var refused = await FeedsAsync("add", "ftp://harbour.example/rss.xml");
        var polled = await FeedsAsync("poll");
        var again = await FeedsAsync("poll");
        var listed = await FeedsAsync("list");

        added.ExitCode.Should().Be(0, added.Error);
        added.Output.Should().Contain($"Following {_base}rss.xml as feed 1.");
        (refused.ExitCode, refused.Error.Trim()).Should().Be((2, "Give the feed's full address, starting with http:// or https://."));
        polled.ExitCode.Should().Be(0, polled.Error);
        polled.Output.Should().Contain($"{_base}rss.xml: 1 added, 1 skipped, 0 failed")
            .And.Contain($"{_base}pier-talks: added as article")
            .And.Contain($"{_base}gone: The site answered 404")
            .And.Contain("Polled 1 feeds.");
        again.Output.Should().Contain("No feed is due.");
        listed.ExitCode.Should().Be(0, listed.Error);
        listed.Output.Should().MatchRegex(@"1\s+http://127\.0\.0\.1:\d+/rss\.xml\s+Harbour Wire\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC\s+1\s+ok")
            .And.Contain("1 feeds.");
    }

    [Fact]
    public async Task Poll_is_refused_while_another_instance_polls_the_feeds()
    {
        (await FeedsAsync("add", _base + "rss.xml")).ExitCode.Should().Be(0);
        await using (var db = new NewsDbContext(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite(Connection).Options))
        {
            (await new JobLeases(db, TimeProvider.System).TryTakeAsync(FeedPollingPass.LeaseName, "another-instance", TimeSpan.FromMinutes(3), default))
                .Should().BeTrue();
        }

        var polled = await FeedsAsync("poll");

        polled.ExitCode.Should().Be(1);
        polled.Error.Should().Contain("Another NewsTracker instance is polling the feeds now");
        polled.Output.Should().NotContain("added");
    }

    private Task<CliOutcome> FeedsAsync(params string[] args) =>
        CliRun.RunAsync(["feeds", .. args, "--connection", Connection, "--UrlImport:AllowPrivateNetworks=true", "--Feeds:PerHostDelay=00:00:00"]);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _site.GetContextAsync().WaitAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            var (status, type, body) = path switch
            {
                "/rss.xml" => (200, "application/rss+xml", $"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <rss version="2.0"><channel><title>Harbour Wire</title><link>{_base}</link><description>Port news</description>
                    <item><title>Gone</title><link>{_base}gone</link><pubDate>Tue, 12 Apr 2022 10:00:00 GMT</pubDate></item>
                    <item><title>Pier talks</title><link>{_base}pier-talks</link><pubDate>Mon, 11 Apr 2022 08:00:00 GMT</pubDate></item>
                    </channel></rss>
                    """),
                "/pier-talks" => (200, "text/html; charset=utf-8", """
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pier talks resume</title></head>
                    <body><main><article><h1>Pier talks resume in Harbourtown</h1>
                    <p>HARBOURTOWN (Harbour Wire) - Port director Mira Solberg met union leaders on Monday about the new pier, the
                    third round of talks since the dockers walked out over the night-shift rota in the spring.</p>
                    <p>“We will not sign anything that cuts the night shift, and we will not ask the crews to carry the cost of the
                    new cranes,” Solberg told reporters after the meeting, which lasted most of the afternoon.</p>
                    <p>The union said it would answer by Friday. “The offer is a start, but the pay table still has holes in it,”
                    its chairman, Olav Brekke, said outside the port authority's offices on the quay.</p>
                    </article></main></body></html>
                    """),
                _ => (404, "text/plain", "not here"),
            };
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = type;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
