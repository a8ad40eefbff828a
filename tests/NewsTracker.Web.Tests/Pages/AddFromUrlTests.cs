using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// "Add from URL" against a local server: the form comes back filled in for review, and every failure is a message and a 4xx.
public sealed class AddFromUrlTests(AddFromUrlTests.Factory factory, LocalSite site) : IClassFixture<AddFromUrlTests.Factory>, IClassFixture<LocalSite>
{
    private const string Page = "/Articles/FromUrl";

    [Fact]
    public async Task A_news_page_fills_in_the_article_form_that_posts_to_the_new_article_page()
    {
        var client = await factory.CreateEditorClientAsync();
        var url = site.Url("/world/finland-nato");

        using var response = await client.PostFormAsync(Page, [new("Address", url)]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        var form = page.QuerySelector<IHtmlFormElement>(".url-draft form")!;
        form.Action.Should().EndWith("/Articles/New");
        form.Method.Should().BeEquivalentTo("post");
        form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']").Should().NotBeNull();
        Value(form, "Input.Title").Should().Be(LocalSite.ArticleTitle);
        Value(form, "Input.Outlet").Should().Be("Nordic Wire");
        Value(form, "Input.Author").Should().Be("Anne Kauranen");
        Value(form, "Input.Url").Should().Be(url);
        Value(form, "Input.PublishedOn").Should().Be("2022-04-13");
        var body = form.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Body']")!.Value;
        body.Should().Contain("“We are ready to take this decision together with our parliament");
        body.Should().Contain("\n\n").And.NotContain("Subscribe to our newsletter").And.NotContain("Sport");
    }

    [Theory]
    [InlineData("/missing", HttpStatusCode.UnprocessableEntity, "The site answered 404")]
    [InlineData("/endless", HttpStatusCode.UnprocessableEntity, "The page is larger than 195 KB")]
    [InlineData("/report.pdf", HttpStatusCode.UnprocessableEntity, "returns application/pdf, not a web page")]
    public async Task A_page_that_cannot_be_used_gives_a_message_and_keeps_the_typed_address(string path, HttpStatusCode status, string message)
    {
        var client = await factory.CreateEditorClientAsync();
        var url = site.Url(path);

        using var response = await client.PostFormAsync(Page, [new("Address", url)]);

        response.StatusCode.Should().Be(status);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain(message);
        page.QuerySelector<IHtmlInputElement>("#Address")!.Value.Should().Be(url);
        page.QuerySelector(".url-draft").Should().BeNull();
    }

    [Theory]
    [InlineData("ftp://example.org/story")]
    [InlineData("not a url")]
    [InlineData("javascript:alert(1)")]
    public async Task An_address_that_is_not_http_or_https_is_refused_with_400(string typed)
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.PostFormAsync(Page, [new("Address", typed)]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("starting with http:// or https://");
        page.QuerySelector<IHtmlInputElement>("#Address")!.Value.Should().Be(typed);
    }

    [Fact]
    public async Task A_host_that_does_not_exist_gives_a_message()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.PostFormAsync(Page, [new("Address", "http://no-such-host.invalid/story")]);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should()
            .Match(m => m.Contains("no-such-host.invalid could not be reached") || m.Contains("did not answer within"));
    }

    [Fact]
    public async Task An_analyst_cannot_fetch_pages()
    {
        var client = await factory.CreateClientAsAsync("Analyst");

        using var response = await client.GetAsync(Page);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/Denied");
    }

    private static string? Value(IHtmlFormElement form, string name) =>
        form.QuerySelector<IHtmlInputElement>($"input[name='{name}']")?.Value;

    // Local pages are private addresses, which the app refuses by default; these tests allow them.
    public sealed class Factory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("UrlImport:AllowPrivateNetworks", "true");
            // Long enough that a loaded test machine gets every local answer (and reaches the size cap); the page
            // that never answers has its own app with a short timeout.
            builder.UseSetting("UrlImport:TimeoutSeconds", "60");
            builder.UseSetting("UrlImport:MaxBytes", "200000");
        }
    }
}

// A site that never answers is given up after the configured timeout, with the typed address kept. Its own app, so
// only this case waits the short timeout out.
public sealed class AddFromUrlTimeoutTests(AddFromUrlTimeoutTests.Factory factory, LocalSite site)
    : IClassFixture<AddFromUrlTimeoutTests.Factory>, IClassFixture<LocalSite>
{
    [Fact]
    public async Task A_site_that_does_not_answer_gives_a_message_and_keeps_the_typed_address()
    {
        var client = await factory.CreateEditorClientAsync();
        var url = site.Url("/slow");

        using var response = await client.PostFormAsync("/Articles/FromUrl", [new("Address", url)]);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("did not answer within 3 seconds");
        page.QuerySelector<IHtmlInputElement>("#Address")!.Value.Should().Be(url);
        page.QuerySelector(".url-draft").Should().BeNull();
    }

    public sealed class Factory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("UrlImport:AllowPrivateNetworks", "true");
            builder.UseSetting("UrlImport:TimeoutSeconds", "3");
        }
    }
}

// With the default settings, an address inside a private network is never fetched.
public sealed class AddFromUrlPrivateNetworkTests(NewsTrackerFactory factory, LocalSite site) : IClassFixture<NewsTrackerFactory>, IClassFixture<LocalSite>
{
    [Fact]
    public async Task A_local_address_is_refused_without_being_fetched()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.PostFormAsync("/Articles/FromUrl", [new("Address", site.Url("/world/finland-nato"))]);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should().Contain("inside a private network");
    }
}
