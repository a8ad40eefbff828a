using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// The form is judged by the same Core rules as an imported file: text that is not text, and titles nobody can see.
public sealed class ArticleTextInputTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task A_pasted_body_of_binary_junk_is_refused_and_the_form_comes_back()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        form["Input.Body"] += string.Concat(Enumerable.Range(0, 300).Select(i => (char)(1 + (i % 8))));

        using var response = await client.PostFormAsync("/Articles/New", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("binary data");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value.Should().Be(form["Input.Title"]);
    }

    // The framework refuses to decode a form holding NUL (%00) at all; the app takes them out first, so the form
    // comes back filled in, without them, with a message.
    [Fact]
    public async Task A_form_carrying_nul_bytes_comes_back_filled_in_without_them_and_says_so()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        var typed = form["Input.Body"];
        form["Input.Body"] = typed + "\0\0\0 trailing bytes";

        using var response = await client.PostFormAsync("/Articles/New", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("3 NUL bytes");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value.Should().Be(form["Input.Title"]);
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Body']")!.Value.Should().Be(typed + " trailing bytes");
    }

    [Fact]
    public void Only_nul_escapes_and_raw_nul_bytes_are_taken_out_of_a_form_body()
    {
        var (body, removed) = NewsTracker.Web.Infrastructure.NulBytesInForms.WithoutNuls("a=1%002&b=%25003%00\0x"u8);

        removed.Should().Be(3);
        System.Text.Encoding.ASCII.GetString(body).Should().Be("a=12&b=%25003x");
        NewsTracker.Web.Infrastructure.NulBytesInForms.WithoutNuls("a=%2500"u8).Removed.Should().Be(0);
    }

    [Fact]
    public async Task A_title_of_zero_width_characters_only_is_refused()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        form["Input.Title"] = "\u200B\u200C\u2060\uFEFF";

        using var response = await client.PostFormAsync("/Articles/New", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should().Contain("no visible characters");
    }
}
