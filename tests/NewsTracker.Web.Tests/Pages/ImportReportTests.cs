using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// The import report lives on its own page (/Imports/{id}), never in cookies.
public sealed class ImportReportTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private const string Import = "/Articles/Import";

    [Fact]
    public async Task Forty_articles_with_long_Cyrillic_titles_leave_no_large_cookie_and_later_requests_work()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var title = string.Concat(Enumerable.Repeat("Заявление министра иностранных дел о переговорах в Женеве ", 4)).Trim();
        var articles = Enumerable.Range(1, 40).Select(i => new { title = $"{title} {i} ({marker})", body = TestArticles.Body(marker + "-" + i) });

        using var response = await client.PostFilesAsync(Import, "Input.Files", ("statements.json", JsonSerializer.Serialize(articles)));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        cookies.Sum(c => c.Length).Should().BeLessThan(1024, "the report is stored on the server, not in cookies");
        cookies.Should().NotContain(c => c.Contains("TempData", StringComparison.OrdinalIgnoreCase));

        var report = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        report.QuerySelector(".report-added").Text().Should().Be("40");
        report.QuerySelectorAll(".import-report tbody tr").Should().HaveCount(40);
        foreach (var page in (string[])["/", "/Articles", Import])
        {
            using var next = await client.GetAsync(page);
            next.StatusCode.Should().Be(HttpStatusCode.OK, $"{page} must still answer after the import");
        }
    }

    [Fact]
    public async Task A_zip_upload_is_imported_file_by_file()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var zip = Zip(($"a.txt", $"Date: 2022-04-13\n\nNiinistö decides ({marker}-a)\n\n{TestArticles.Body(marker + "-a")}"),
            ($"b.txt", $"Niinistö again ({marker}-b)\n\n{TestArticles.Body(marker + "-b")}"));

        using var response = await PostBytesAsync(client, ("batch.zip", zip, "application/zip"));

        var report = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        report.QuerySelector(".report-added").Text().Should().Be("2");
        report.QuerySelectorAll(".import-file").Select(c => c.Text()).Should().Equal("batch.zip/a.txt", "batch.zip/b.txt");
    }

    [Fact]
    public async Task A_corrupt_zip_binary_junk_and_a_utf16_file_are_each_judged_the_same_way()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var junk = new byte[3000];
        new Random(11).NextBytes(junk);
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes($"Niinistö in UTF-16 ({marker})\n\n{TestArticles.Body(marker)}");

        using var response = await PostBytesAsync(client,
            ("broken.zip", Encoding.ASCII.GetBytes("PK not a zip"), "application/zip"),
            ("junk.txt", junk, "text/plain"),
            ("utf16.txt", utf16, "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var report = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        var rows = report.QuerySelectorAll(".import-report tbody tr").Select(r => r.Text()).ToList();
        rows.Should().Contain(r => r.Contains("broken.zip") && r.Contains("The zip file is damaged or is not a zip file."));
        rows.Should().Contain(r => r.Contains("junk.txt") && r.Contains("binary data"));
        rows.Should().Contain(r => r.Contains("utf16.txt") && r.Contains("added") && r.Contains($"Niinistö in UTF-16 ({marker})"));
        report.Body!.InnerHtml.Should().NotContain("   at ", "no stack trace reaches the page");
    }

    [Fact]
    public async Task A_report_that_does_not_exist_is_not_found()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.GetAsync("/Imports/999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_report_is_for_editors_only()
    {
        var anonymous = factory.CreateBrowserlessClient();
        var analyst = await factory.CreateClientAsAsync("Analyst");

        using var asVisitor = await anonymous.GetAsync("/Imports/1");
        using var asAnalyst = await analyst.GetAsync("/Imports/1");

        asVisitor.Headers.Location!.ToString().Should().Contain("/Account/SignIn");
        asAnalyst.Headers.Location!.ToString().Should().Contain("/Account/Denied");
    }

    private static async Task<HttpResponseMessage> PostBytesAsync(HttpClient client, params (string Name, byte[] Bytes, string Type)[] files)
    {
        var token = await client.AntiforgeryTokenAsync(Import);
        using var content = new MultipartFormDataContent { { new StringContent(token), Html.TokenField } };
        foreach (var (name, bytes, type) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Add(file, "Input.Files", name);
        }

        return await client.PostAsync(Import, content);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
