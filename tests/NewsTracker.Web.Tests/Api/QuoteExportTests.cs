using System.Net;
using System.Text.Json;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

// GET /api/quotes/export: the download's headers and columns, the escaping of hostile text, the filters of /api/quotes.
public sealed class QuoteExportTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private static readonly string[] Columns =
    [
        "quoteId", "text", "kind", "speaker", "speakerSlug", "speakerAffiliation", "articleId", "articleTitle", "outlet", "url",
        "published", "topics", "confidence", "statementId", "quotePage",
    ];

    [Fact]
    public async Task A_csv_export_is_a_utf8_attachment_with_a_header_row_and_a_row_per_quote()
    {
        var client = factory.CreateClient();
        var before = DateTime.UtcNow;

        using var response = await client.GetAsync("/api/quotes/export?format=csv&speaker=jens-stoltenberg");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        var disposition = response.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("attachment");
        disposition.FileName.Should().BeOneOf(FileNames(before, "csv"));
        text.Should().StartWith(string.Join(',', Columns) + "\r\n", "the header row comes first and records end with CRLF");
        var (headers, rows) = Csv(text);
        headers.Should().Equal(Columns);
        rows.Should().NotBeEmpty().And.OnlyContain(r => r["speaker"] == "Jens Stoltenberg" && r["speakerSlug"] == "jens-stoltenberg" && r["speakerAffiliation"] == "NATO");
        var troops = rows.First(r => r["text"].StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
        troops["kind"].Should().Be("direct");
        troops["published"].Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
        troops["topics"].Split(';').Should().Contain("troop deployment");
        troops["quotePage"].Should().Be($"http://localhost/Articles/{troops["articleId"]}#quote-{troops["quoteId"]}");
        double.Parse(troops["confidence"], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(0, 1);
    }

    [Fact]
    public async Task A_json_export_is_an_attachment_holding_an_array_with_the_csv_columns_as_fields()
    {
        var client = factory.CreateClient();
        var before = DateTime.UtcNow;

        using var response = await client.GetAsync("/api/quotes/export?format=JSON&topic=energy");
        var json = await Json.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().BeOneOf(FileNames(before, "json"));
        json.ValueKind.Should().Be(JsonValueKind.Array);
        var items = json.EnumerateArray().ToList();
        items.Should().NotBeEmpty();
        items.Should().OnlyContain(i => i.PropertyNames().SequenceEqual(Columns));
        items.Should().OnlyContain(i => i.GetProperty("topics").EnumerateArray().Any(t => t.GetString() == "energy"));
        items.Select(i => i.GetProperty("published").ValueKind).Should().OnlyContain(k => k == JsonValueKind.String || k == JsonValueKind.Null);
    }

    [Fact]
    public async Task Commas_quotes_line_breaks_formulas_and_markup_come_out_as_the_text_that_was_stored()
    {
        var (marker, quoteId) = await AddHostileQuoteAsync();
        var client = factory.CreateClient();
        var stored = (await client.GetJsonAsync($"/api/quotes/{quoteId}")).GetProperty("text").GetString()!;

        var csvText = await client.GetStringAsync($"/api/quotes/export?format=csv&q={marker}");
        var json = await client.GetJsonAsync($"/api/quotes/export?format=json&q={marker}");

        stored.Should().StartWith("=SUM(A1:A9), \"the cost\"").And.Contain("<script>alert('x')</script>").And.Contain("\n");
        var (_, rows) = Csv(csvText);
        var row = rows.Should().ContainSingle().Subject;
        row["quoteId"].Should().Be(quoteId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        row["text"].Should().Be("'" + stored, "a cell starting with = gets an apostrophe so a spreadsheet shows it as text");
        row["articleTitle"].Should().StartWith("'@", "the title starts with @, another formula character");
        csvText.Should().Contain("\"'=SUM(A1:A9), \"\"the cost\"\"", "the field is quoted and its quotes doubled (RFC 4180)");
        csvText.Should().Contain("<script>alert('x')</script>").And.NotContain("&lt;");
        var item = json.EnumerateArray().Should().ContainSingle().Subject;
        item.GetProperty("text").GetString().Should().Be(stored, "JSON carries the text as it is; nothing to escape for a spreadsheet");
        item.GetProperty("articleTitle").GetString().Should().StartWith("@");
    }

    [Theory]
    [InlineData("speaker=jens-stoltenberg")]
    [InlineData("topic=troop-deployment")]
    [InlineData("actor=russia&kind=direct")]
    [InlineData("q=combat%20troops")]
    [InlineData("kind=indirect&from=2022-01-01&to=2022-12-31")]
    public async Task An_export_holds_the_quotes_api_quotes_lists_for_the_same_filters(string filters)
    {
        var client = factory.CreateClient();

        var listed = await client.GetJsonAsync($"/api/quotes?{filters}&pageSize=200");
        var exported = await client.GetJsonAsync($"/api/quotes/export?format=json&{filters}");
        var (_, csvRows) = Csv(await client.GetStringAsync($"/api/quotes/export?format=csv&{filters}"));

        var ids = listed.Items().Select(i => i.GetProperty("id").GetInt32()).ToList();
        ids.Should().NotBeEmpty().And.HaveCount(listed.GetProperty("total").GetInt32(), "the whole list fits one page");
        exported.EnumerateArray().Select(i => i.GetProperty("quoteId").GetInt32()).Should().Equal(ids);
        csvRows.Select(r => int.Parse(r["quoteId"], System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(ids);
    }

    [Fact]
    public async Task A_filter_naming_nobody_is_a_400_before_any_row_is_sent()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/quotes/export?format=csv&speaker=nobody-by-this-name");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentDisposition.Should().BeNull();
        (await response.Content.ReadAsStringAsync()).Should().Contain("No speaker called “nobody-by-this-name”.");
    }

    [Theory]
    [InlineData("", "format")]
    [InlineData("format=xlsx", "format")]
    [InlineData("format=csv&kind=rumour", "kind")]
    [InlineData("format=json&from=31-01-2022", "from")]
    [InlineData("format=csv&from=2022-02-01&to=2022-01-01", "to")]
    public async Task A_bad_format_or_filter_is_a_400_problem_naming_what_is_accepted(string query, string field)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/quotes/export?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        response.Content.Headers.ContentDisposition.Should().BeNull();
        var problem = await Json.ReadAsync(response);
        problem.GetProperty("status").GetInt32().Should().Be(400);
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString();
        message.Should().StartWith(field);
        if (field == "format")
        {
            message.Should().Contain("\"csv\"").And.Contain("\"json\"");
        }
    }

    [Fact]
    public async Task The_quotes_page_offers_both_exports_with_its_filters()
    {
        var client = factory.CreateClient();

        var page = await Html.GetDocumentAsync(client, "/Quotes?speaker=Jens+Stoltenberg&kind=direct&from=2022-01-01");

        var links = page.QuerySelectorAll(".export-links a[download]").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Equal(
            "/api/quotes/export?speaker=Jens%20Stoltenberg&kind=direct&from=2022-01-01&format=csv",
            "/api/quotes/export?speaker=Jens%20Stoltenberg&kind=direct&from=2022-01-01&format=json");
        var (_, rows) = Csv(await client.GetStringAsync(links[0]));
        rows.Should().NotBeEmpty().And.OnlyContain(r => r["speakerSlug"] == "jens-stoltenberg" && r["kind"] == "direct");
    }

    internal static (IReadOnlyList<string> Headers, List<Dictionary<string, string>> Rows) Csv(string text)
    {
        using var reader = CsvReader.FromText(text);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
        }

        return (reader.Headers.ToList(), rows);
    }

    private static string[] FileNames(DateTime before, string extension) =>
        [.. new[] { before, DateTime.UtcNow }.Select(d => $"newstracker-quotes-{d:yyyy-MM-dd}.{extension}").Distinct()];

    // An article whose quote (marked by an editor, as the pages and API allow) holds every character CSV and HTML care
    // about; it spans two paragraphs, so it holds a line break (the cleaner joins wrapped lines within one).
    private async Task<(string Marker, int QuoteId)> AddHostileQuoteAsync()
    {
        var marker = TestArticles.Marker();
        var body = $"""
            BRUSSELS - Finance ministers met on Monday to agree a budget line for the crossing {marker}.

            =SUM(A1:A9), "the cost" <script>alert('x')</script> was the note on the screen.

            And the second line of it read {marker}.

            The talks resume next week.
            """;
        await using var scope = factory.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<ArticleReviewService>().SaveAsync(
            new NewArticle($"@Budget talks {marker}", body, "Test Wire", $"https://example.org/budget/{marker}", PublishedUtc: new DateTime(2023, 5, 2, 0, 0, 0, DateTimeKind.Utc)),
            [], Editor.System, default);
        saved.Status.Should().Be(AddArticleStatus.Added, string.Join("; ", saved.Errors ?? []));
        var clean = (await scope.ServiceProvider.GetRequiredService<ArticleService>().GetAsync(saved.ArticleId!.Value, default))!.CleanBody;
        var start = clean.IndexOf("=SUM", StringComparison.Ordinal);
        var end = clean.IndexOf($"read {marker}.", StringComparison.Ordinal) + $"read {marker}.".Length;
        var added = await scope.ServiceProvider.GetRequiredService<ArticleEditor>().AddQuoteAsync(
            saved.ArticleId.Value, start, end, null, null, QuoteKind.Direct, allowNewSpeaker: false, Editor.System, default);
        added.QuoteId.Should().NotBeNull(string.Join("; ", added.Errors ?? []));
        return (marker, added.QuoteId!.Value);
    }
}
