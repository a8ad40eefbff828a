using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class AddArticleTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private const string NewArticle = "/Articles/New";

    [Fact]
    public async Task A_valid_article_redirects_to_its_page_which_shows_its_quotes()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();

        using var response = await client.PostFormAsync(NewArticle, TestArticles.Form(marker));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.Should().MatchRegex("^/Articles/[0-9]+$");

        var page = await client.GetDocumentAsync(location);
        page.QuerySelector("h1").Text().Should().Contain(marker);
        page.QuerySelector(".status-message").Text().Should().StartWith("Article added");
        var quotes = page.QuerySelectorAll(".article-quote .quote-text").Select(q => q.Text()).ToList();
        quotes.Should().Contain(q => q.StartsWith("We are ready to take this decision", StringComparison.Ordinal));
        page.QuerySelectorAll(".article-quote .speaker-link").Select(a => a.Text()).Should().Contain("Sauli Niinistö");
        page.QuerySelectorAll(".article-body mark.q").Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_invalid_article_is_re_rendered_with_messages_and_the_typed_input()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        form["Input.Title"] = "   ";
        form["Input.Url"] = "ftp://example.org/not-the-web";
        form["Input.Outlet"] = "The Helsinki Times";

        using var response = await client.PostFormAsync(NewArticle, form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        var errors = page.QuerySelectorAll(".validation-summary li").Select(li => li.Text()).ToList();
        errors.Should().Contain("Give the article its headline as the title.");
        errors.Should().Contain("Enter a full web address starting with http:// or https://.");
        page.QuerySelector("span[data-valmsg-for='Input.Url']").Text().Should().Contain("http:// or https://");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Url']")!.Value.Should().Be("ftp://example.org/not-the-web");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Outlet']")!.Value.Should().Be("The Helsinki Times");
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Body']")!.Value.Should().Contain("We are ready to take this decision");
    }

    [Fact]
    public async Task A_url_too_long_once_escaped_is_refused_at_the_url_field()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        form["Input.Url"] = "https://example.org/" + new string('é', 700);

        using var response = await client.PostFormAsync(NewArticle, form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("span[data-valmsg-for='Input.Url']").Text().Should().Contain("longer than 2048 characters once");
        page.QuerySelectorAll(".validation-summary li").Should().ContainSingle();
    }

    [Fact]
    public async Task A_url_too_long_as_typed_gets_one_message()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        form["Input.Url"] = "https://example.org/" + new string('a', 2100);

        using var response = await client.PostFormAsync(NewArticle, form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelectorAll(".validation-summary li").Select(li => li.Text()).Should().Equal("The URL can be at most 2048 characters.");
    }

    [Fact]
    public async Task A_missing_body_is_refused_with_a_message()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        form["Input.Body"] = string.Empty;

        using var response = await client.PostFormAsync(NewArticle, form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("span[data-valmsg-for='Input.Body']").Text().Should().Be("Paste the article text.");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value.Should().Be(form["Input.Title"]);
    }

    [Fact]
    public async Task A_duplicate_by_url_is_refused_with_a_link_to_the_existing_article_and_nothing_is_overwritten()
    {
        var client = await factory.CreateEditorClientAsync();
        var original = TestArticles.Form(TestArticles.Marker());
        var existingId = await AddAsync(client, original);

        var other = TestArticles.Form(TestArticles.Marker(), url: original["Input.Url"]);
        using var response = await client.PostFormAsync(NewArticle, other);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var page = await Html.ParseAsync(response);
        var notice = page.QuerySelector(".duplicate-notice");
        notice.Text().Should().Contain("the same URL");
        notice!.QuerySelector("a")!.GetAttribute("href").Should().Be($"/Articles/{existingId}");
        await ShouldBeUnchangedAsync(client, existingId, original["Input.Title"]);
        await ShouldNotExistAsync(client, other["Input.Title"]);
    }

    [Fact]
    public async Task A_duplicate_by_text_is_refused_with_a_link_to_the_existing_article_and_nothing_is_overwritten()
    {
        var client = await factory.CreateEditorClientAsync();
        var original = TestArticles.Form(TestArticles.Marker());
        var existingId = await AddAsync(client, original);

        var copy = new Dictionary<string, string>(original)
        {
            ["Input.Title"] = "The same story under another headline " + TestArticles.Marker(),
            ["Input.Url"] = "https://example.net/reprint/" + TestArticles.Marker(),
            ["Input.Body"] = "Advertisement\n\n" + original["Input.Body"].Replace("\n", "\r\n", StringComparison.Ordinal) + "\n\nAdvertisement",
        };
        using var response = await client.PostFormAsync(NewArticle, copy);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var page = await Html.ParseAsync(response);
        var notice = page.QuerySelector(".duplicate-notice");
        notice.Text().Should().Contain("the same text");
        notice!.QuerySelector("a")!.GetAttribute("href").Should().Be($"/Articles/{existingId}");
        await ShouldBeUnchangedAsync(client, existingId, original["Input.Title"]);
        await ShouldNotExistAsync(client, copy["Input.Title"]);
    }

    [Fact]
    public async Task A_body_over_the_character_limit_gets_a_413_with_a_message_and_the_form_back()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        form["Input.Body"] = new string('a', NewsTracker.Core.Articles.Article.BodyMaxLength + 1);

        using var response = await client.PostFormAsync(NewArticle, form);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("span[data-valmsg-for='Input.Body']").Text().Should().Contain("at most 200,000 characters");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value.Should().Be(form["Input.Title"]);
    }

    [Fact]
    public async Task A_post_larger_than_the_form_accepts_gets_a_413_page_with_a_clear_message()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        form["Input.Body"] = new string('x', 5 * 1024 * 1024);

        using var response = await client.PostFormAsync(NewArticle, form);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("h1").Text().Should().Be("Submission too large");
        page.QuerySelector(".status-message").Text().Should().Contain("larger than the 4 MB this form accepts");
    }

    [Fact]
    public async Task Markup_typed_into_an_article_is_shown_as_text_and_never_runs()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var form = TestArticles.Form(marker);
        form["Input.Title"] = $"<script>alert('{marker}')</script> Summit <b>talks</b>";
        form["Input.Body"] = TestArticles.Body(marker).Replace("nobody else decides it for us", "<img src=x onerror=alert(1)> decides nothing", StringComparison.Ordinal);

        using var response = await client.PostFormAsync(NewArticle, form);
        var page = await client.GetDocumentAsync(response.Headers.Location!.ToString());

        page.QuerySelector("h1").Text().Should().Be(form["Input.Title"]);
        page.QuerySelectorAll("script").Should().OnlyContain(s => s.HasAttribute("src"));
        page.QuerySelectorAll("b, img").Should().BeEmpty();
        page.QuerySelector(".article-body").Text().Should().Contain("<img src=x onerror=alert(1)>");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.PostAsync(NewArticle, new FormUrlEncodedContent(TestArticles.Form(TestArticles.Marker())));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static async Task<int> AddAsync(HttpClient client, Dictionary<string, string> form)
    {
        using var response = await client.PostFormAsync(NewArticle, form);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ShouldBeUnchangedAsync(HttpClient client, int id, string title)
    {
        var page = await client.GetDocumentAsync($"/Articles/{id}");
        page.QuerySelector("h1").Text().Should().Be(title);
        page.QuerySelector(".source-link")!.GetAttribute("href").Should().StartWith("https://example.org/world/finland-security-");
    }

    private static async Task ShouldNotExistAsync(HttpClient client, string title)
    {
        var list = await client.GetDocumentAsync("/Articles?p=1");
        list.QuerySelectorAll(".articles-table a").Select(a => a.Text()).Should().NotContain(title);
    }
}
