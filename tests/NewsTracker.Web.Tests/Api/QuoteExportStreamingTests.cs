using System.Data.Common;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

// A large export is written while the database is still being read: the test holds the export's reader open (it cannot
// close until released) and reads the first rows meanwhile. An export that collected its rows before writing them would
// close its reader first, and the first rows would never arrive.
public sealed class QuoteExportStreamingTests(QuoteExportStreamingTests.GatedFactory factory) : IClassFixture<QuoteExportStreamingTests.GatedFactory>
{
    private const int Articles = 1_500;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_large_csv_export_sends_its_first_rows_before_the_database_read_ends_and_then_every_row()
    {
        var marker = await factory.ImportOnceAsync();
        var client = factory.CreateClient();
        var expected = (await client.GetJsonAsync($"/api/quotes?q={marker}&pageSize=1")).GetProperty("total").GetInt32();
        expected.Should().BeGreaterThan(2 * ReaderGate.LargeRead, "the test needs a result far larger than one buffer");
        factory.Gate.Arm();

        using var response = await client.GetAsync($"/api/quotes/export?format=csv&q={marker}", HttpCompletionOption.ResponseHeadersRead).WaitAsync(Patience);
        using var body = new StreamReader(await response.Content.ReadAsStreamAsync());
        var firstLines = new List<string>();
        for (var i = 0; i < 101; i++)
        {
            firstLines.Add((await body.ReadLineAsync().WaitAsync(Patience))!);
        }

        factory.Gate.ClosedReads.Should().BeEmpty("the export's reader is still open while its first rows are read here");
        response.Content.Headers.ContentLength.Should().BeNull("the length is not known before the last row");
        factory.Gate.Release();
        var rest = await body.ReadToEndAsync().WaitAsync(Patience);

        var (headers, rows) = QuoteExportTests.Csv(string.Join("\r\n", firstLines) + "\r\n" + rest);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        headers.Should().Contain("quoteId");
        rows.Should().HaveCount(expected);
        rows.Select(r => r["quoteId"]).Should().OnlyHaveUniqueItems();
        factory.Gate.ClosedReads.Should().ContainSingle().Which.Should().Be(expected + 1, "one reader read every row, and once more to find the end");
    }

    [Fact]
    public async Task A_large_json_export_is_complete_and_parses()
    {
        var marker = await factory.ImportOnceAsync();
        var client = factory.CreateClient();
        var expected = (await client.GetJsonAsync($"/api/quotes?q={marker}&pageSize=1")).GetProperty("total").GetInt32();

        using var response = await client.GetAsync($"/api/quotes/export?format=json&q={marker}", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var json = await JsonDocument.ParseAsync(stream);

        json.RootElement.GetArrayLength().Should().Be(expected);
        json.RootElement.EnumerateArray().Should().OnlyContain(i => i.GetProperty("text").GetString()!.Contains(marker));
    }

    public sealed class GatedFactory : NewsTrackerFactory
    {
        private Task<string>? _imported;

        public ReaderGate Gate { get; } = new();

        // One import for the class: the marker word every imported quote carries.
        public Task<string> ImportOnceAsync() => _imported ??= ImportAsync();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<NewsDbContext>(options => options.AddInterceptors(Gate)));
        }

        // Articles in the importer's JSON form, each with two attributed quotes carrying the marker, through the bulk import.
        private async Task<string> ImportAsync()
        {
            var marker = TestArticles.Marker();
            var articles = Enumerable.Range(1, Articles).Select(n => new
            {
                title = $"Grain corridor, day {n} ({marker})",
                body = $"\u201CWe will open crossing {n} for grain convoys, and the {marker} checks stay,\u201D Olaf Scholz said on Monday.\n\n"
                    + $"\u201CThe queue at gate {n} must move faster before winter, {marker} or not,\u201D Scholz added.",
                outlet = "Test Wire",
                url = $"https://example.org/grain/{marker}/{n}",
                publishedAt = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(n),
            });
            var file = JsonSerializer.Serialize(articles);
            await using var scope = Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<ArticleImporter>()
                .ImportAsync([new ImportSource("grain.json", _ => Task.FromResult(file), file.Length)], progress: null, default);
            report.ArticlesAdded.Should().Be(Articles);
            return marker;
        }
    }

    // Once armed, holds the first large reader open at its close until released (or until a minute passes, so a
    // failing test cannot hang the server), and records how many rows each large reader read.
    public sealed class ReaderGate : DbCommandInterceptor
    {
        public const int LargeRead = 1_000;

        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _armed;

        public List<int> ClosedReads { get; } = [];

        public void Arm() => _armed = true;

        public void Release() => _released.TrySetResult();

        public override async ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            if (_armed && eventData.ReadCount >= LargeRead)
            {
                await _released.Task.WaitAsync(TimeSpan.FromMinutes(1)).ContinueWith(_ => { }, TaskScheduler.Default);
                lock (ClosedReads)
                {
                    ClosedReads.Add(eventData.ReadCount);
                }
            }

            return result;
        }
    }
}
