using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

// The write API: every status it promises, with the signed-in editor's cookie (tokens work the same way).
public sealed class ArticleWriteApiTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private const string Choice = "Our security is our own choice";

    [Fact]
    public async Task Posting_an_article_answers_201_with_its_quotes_and_a_location()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();

        using var response = await client.PostAsJsonAsync("/api/articles", Article(marker));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var article = await Json.ReadAsync(response);
        var id = article.GetProperty("id").GetInt32();
        response.Headers.Location!.ToString().Should().Be($"/api/articles/{id}");
        article.GetProperty("title").GetString().Should().Contain(marker);
        article.GetProperty("publishedAt").GetString().Should().StartWith("2022-04-13");
        article.GetProperty("version").GetInt32().Should().Be(0);
        var quotes = article.GetProperty("quotes").EnumerateArray().ToList();
        quotes.Should().Contain(q => q.GetProperty("speaker").GetProperty("name").GetString() == "Sauli Niinistö");
        (await client.GetJsonAsync($"/api/articles/{id}")).GetProperty("id").GetInt32().Should().Be(id);
    }

    [Fact]
    public async Task A_duplicate_is_a_409_naming_the_existing_article()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        using var first = await client.PostAsJsonAsync("/api/articles", Article(marker));
        var id = (await Json.ReadAsync(first)).GetProperty("id").GetInt32();

        using var again = await client.PostAsJsonAsync("/api/articles", Article(marker) with { title = "Another headline " + marker });

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await Json.ReadAsync(again);
        problem.GetProperty("existingId").GetInt32().Should().Be(id);
        problem.GetProperty("existingUrl").GetString().Should().Be($"https://example.org/api/{marker}");
    }

    [Fact]
    public async Task Bad_input_is_a_400_with_field_errors()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.PostAsJsonAsync("/api/articles", new { title = "   ", url = "ftp://example.org/x", publishedAt = "yesterday", body = " " });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await Json.ReadAsync(response)).GetProperty("errors");
        errors.PropertyNames().Should().Contain(["publishedAt"]);

        using var rules = await client.PostAsJsonAsync("/api/articles", new { title = "   ", url = "ftp://example.org/x", body = " " });
        var fields = (await Json.ReadAsync(rules)).GetProperty("errors").PropertyNames();
        fields.Should().Contain(["title", "url", "body"]);
    }

    [Fact]
    public async Task Markup_in_a_field_is_stored_as_text()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();

        using var response = await client.PostAsJsonAsync("/api/articles", Article(marker) with { title = $"<script>alert(1)</script> {marker}" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await Json.ReadAsync(response)).GetProperty("id").GetInt32();
        var page = await client.GetDocumentAsync($"/Articles/{id}");
        page.QuerySelector("h1").Text().Should().Be($"<script>alert(1)</script> {marker}");
    }

    [Fact]
    public async Task Put_re_extracts_keeping_corrections_and_a_stale_version_is_a_409()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var (id, quoteId) = await AddAsync(client, marker);
        using var patched = await client.PatchAsJsonAsync($"/api/quotes/{quoteId}", new { speaker = "jens-stoltenberg" });
        patched.StatusCode.Should().Be(HttpStatusCode.OK);

        using var put = await client.PutAsJsonAsync($"/api/articles/{id}", Article(marker, " A new sentence.") with { version = 0 });
        using var stale = await client.PutAsJsonAsync($"/api/articles/{id}", Article(marker, " Another sentence.") with { version = 0 });

        put.StatusCode.Should().Be(HttpStatusCode.OK);
        var article = await Json.ReadAsync(put);
        article.GetProperty("version").GetInt32().Should().Be(1);
        var quote = article.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("text").GetString()!.StartsWith(Choice, StringComparison.Ordinal));
        quote.GetProperty("id").GetInt32().Should().Be(quoteId);
        quote.GetProperty("speaker").GetProperty("name").GetString().Should().Be("Jens Stoltenberg");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Json.ReadAsync(stale)).GetProperty("currentVersion").GetInt32().Should().Be(1);
        (await client.GetJsonAsync($"/api/articles/{id}")).GetProperty("version").GetInt32().Should().Be(1);

        using var missing = await client.PutAsJsonAsync($"/api/articles/{id}", Article(marker));
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.ReadAsync(missing)).GetProperty("errors").PropertyNames().Should().Contain("version");
    }

    [Fact]
    public async Task Patch_corrects_kind_and_rejection_and_refuses_an_unknown_speaker()
    {
        var client = await factory.CreateEditorClientAsync();
        var (_, quoteId) = await AddAsync(client, TestArticles.Marker());

        using var kind = await client.PatchAsJsonAsync($"/api/quotes/{quoteId}", new { kind = "indirect", speaker = (string?)null });
        using var unknown = await client.PatchAsJsonAsync($"/api/quotes/{quoteId}", new { speaker = "Nobody Called This" });
        using var badKind = await client.PatchAsJsonAsync($"/api/quotes/{quoteId}", new { kind = "shouted" });
        using var empty = await client.PatchAsJsonAsync($"/api/quotes/{quoteId}", new { });
        using var rejected = await client.PatchAsJsonAsync($"/api/quotes/{quoteId}", new { rejected = true });

        kind.StatusCode.Should().Be(HttpStatusCode.OK);
        var corrected = await Json.ReadAsync(kind);
        corrected.GetProperty("kind").GetString().Should().Be("indirect");
        corrected.GetProperty("speaker").ValueKind.Should().Be(JsonValueKind.Null);
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.ReadAsync(unknown)).GetProperty("errors").GetProperty("speaker")[0].GetString().Should().Contain("Nobody Called This");
        badKind.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        rejected.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json.ReadAsync(rejected)).GetProperty("rejected").GetBoolean().Should().BeTrue();
        (await client.GetAsync($"/api/quotes/{quoteId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        using var restored = await client.PatchAsJsonAsync($"/api/quotes/{quoteId}", new { rejected = false });
        restored.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json.ReadAsync(restored)).GetProperty("id").GetInt32().Should().Be(quoteId);
    }

    [Fact]
    public async Task A_missed_quote_is_added_by_offsets_and_bad_offsets_are_a_400()
    {
        var client = await factory.CreateEditorClientAsync();
        var (id, _) = await AddAsync(client, TestArticles.Marker());
        var body = await CleanBodyAsync(client, id);
        var start = body.IndexOf("told reporters in Helsinki", StringComparison.Ordinal);

        using var added = await client.PostAsJsonAsync($"/api/articles/{id}/quotes", new { start, end = start + "told reporters in Helsinki".Length, speaker = "sauli-niinisto", kind = "indirect" });
        using var overlapping = await client.PostAsJsonAsync($"/api/articles/{id}/quotes", new { start, end = start + 5, kind = "direct" });
        using var outside = await client.PostAsJsonAsync($"/api/articles/{id}/quotes", new { start = 0, end = body.Length + 10 });
        using var empty = await client.PostAsJsonAsync($"/api/articles/{id}/quotes", new { start = 3, end = 3 });
        using var unknown = await client.PostAsJsonAsync("/api/articles/999999/quotes", new { start = 0, end = 5 });

        added.StatusCode.Should().Be(HttpStatusCode.Created);
        var quote = await Json.ReadAsync(added);
        quote.GetProperty("text").GetString().Should().Be("told reporters in Helsinki");
        quote.GetProperty("speaker").GetProperty("name").GetString().Should().Be("Sauli Niinistö");
        added.Headers.Location!.ToString().Should().Be($"/api/quotes/{quote.GetProperty("id").GetInt32()}");
        overlapping.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        outside.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_answers_204_then_404_and_the_quotes_leave_the_api()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var (id, quoteId) = await AddAsync(client, marker);

        using var deleted = await client.DeleteAsync($"/api/articles/{id}");
        using var again = await client.DeleteAsync($"/api/articles/{id}");

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
        again.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await client.GetAsync($"/api/quotes/{quoteId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetJsonAsync($"/api/quotes?q={marker}")).GetProperty("total").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        var client = await factory.CreateEditorClientAsync();

        using var put = await client.PutAsJsonAsync("/api/articles/999999", Article(TestArticles.Marker()) with { version = 0 });
        using var patch = await client.PatchAsJsonAsync("/api/quotes/999999", new { kind = "direct" });

        put.StatusCode.Should().Be(HttpStatusCode.NotFound);
        patch.StatusCode.Should().Be(HttpStatusCode.NotFound);
        patch.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Without_sign_in_writes_are_401_and_an_analyst_gets_403()
    {
        var anonymous = factory.CreateBrowserlessClient();
        var analyst = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var article = Article(TestArticles.Marker());

        (await anonymous.PostAsJsonAsync("/api/articles", article)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync("/api/articles/1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.PatchAsJsonAsync("/api/quotes/1", new { kind = "direct" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await analyst.PostAsJsonAsync("/api/articles", article)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.PutAsJsonAsync("/api/articles/1", article with { version = 0 })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.PostAsJsonAsync("/api/articles/1/quotes", new { start = 0, end = 4 })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static ArticleBody Article(string marker, string extra = "") => new(
        $"Finland will decide on its security policy soon ({marker})",
        "Reuters",
        $"https://example.org/api/{marker}",
        "Anne Kauranen",
        "2022-04-13T09:30:00Z",
        TestArticles.Body(marker) + extra);

    private static async Task<(int Id, int QuoteId)> AddAsync(HttpClient client, string marker)
    {
        using var response = await client.PostAsJsonAsync("/api/articles", Article(marker));
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var article = await Json.ReadAsync(response);
        var quote = article.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("text").GetString()!.StartsWith(Choice, StringComparison.Ordinal));
        return (article.GetProperty("id").GetInt32(), quote.GetProperty("id").GetInt32());
    }

    private static async Task<string> CleanBodyAsync(HttpClient client, int id) =>
        (await client.GetDocumentAsync($"/Articles/{id}")).QuerySelector(".article-body")!.TextContent;

    private sealed record ArticleBody(string title, string outlet, string url, string author, string publishedAt, string body, int? version = null);
}
