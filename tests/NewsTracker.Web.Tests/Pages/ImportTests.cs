using System.Net;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class ImportTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private const string Import = "/Articles/Import";

    [Fact]
    public async Task Uploaded_files_are_imported_and_reported_as_added_duplicate_or_failed()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var seed = await File.ReadAllTextAsync(Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").First());
        var markdown = $"""
            ---
            title: Niinistö on the decision ({marker})
            outlet: Yle
            url: https://example.org/yle/{marker}
            date: 2022-05-12
            ---
            {TestArticles.Body(marker)}
            """;

        using var response = await client.PostFilesAsync(Import, "Input.Files",
            ("finland.md", markdown), ("seed-again.txt", seed), ("broken.json", "{ \"title\": "));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().MatchRegex("^/Imports/[0-9]+$");
        var report = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        report.QuerySelector(".report-added").Text().Should().Be("1");
        report.QuerySelector(".report-duplicates").Text().Should().Be("1");
        report.QuerySelector(".report-refused").Text().Should().Be("1");
        var rows = report.QuerySelectorAll(".import-report tbody tr").Select(r => r.Text()).ToList();
        rows.Should().Contain(r => r.Contains("finland.md") && r.Contains("added"));
        rows.Should().Contain(r => r.Contains("seed-again.txt") && r.Contains("duplicate"));
        rows.Should().Contain(r => r.Contains("broken.json") && r.Contains("refused") && r.Contains("The file is not valid JSON near line 1."));
        report.QuerySelectorAll(".import-report a[href^='/Articles/']").Should().HaveCount(2, "added and duplicate rows link to their article");
    }

    [Fact]
    public async Task A_file_of_the_wrong_type_is_refused_in_the_report_and_the_others_are_imported()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();

        using var response = await client.PostFilesAsync(Import, "Input.Files",
            ("payload.exe", "MZ"), ("story.txt", $"Niinistö decides ({marker})\n\n{TestArticles.Body(marker)}"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var report = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        report.QuerySelector(".report-added").Text().Should().Be("1");
        report.QuerySelectorAll(".import-report tbody tr").Select(r => r.Text()).Should()
            .Contain(r => r.Contains("payload.exe") && r.Contains("refused") && r.Contains("“payload.exe” is not a .txt, .md, .json or .zip file."));
    }

    [Fact]
    public async Task Posting_without_files_asks_for_files()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.PostFilesAsync(Import, "Input.Files");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should().Contain("Choose one or more article files");
    }

    [Fact]
    public async Task Every_article_of_a_json_file_gets_a_row_linking_to_it()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var json = $$"""
            [
              { "title": "Geneva talks ({{marker}}-a)", "body": "\u201CWe are ready to talk again about {{marker}},\u201D Sergei Lavrov said on Monday." },
              { "title": "Air defence ({{marker}}-b)", "body": "\u201CWe need more air defence before {{marker}},\u201D Volodymyr Zelensky said." }
            ]
            """;

        using var response = await client.PostFilesAsync(Import, "Input.Files", ("pair.json", json));

        var report = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        report.QuerySelector(".report-added").Text().Should().Be("2");
        var links = report.QuerySelectorAll(".import-report tbody a").ToList();
        links.Select(a => a.Text()).Should().Equal($"Geneva talks ({marker}-a)", $"Air defence ({marker}-b)");
        foreach (var link in links)
        {
            var article = await client.GetDocumentAsync(link.GetAttribute("href")!);
            article.QuerySelector("h1").Text().Should().Be(link.Text());
        }
    }
}
