using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Feeds;

public sealed class FeedsPageTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task An_editor_follows_pauses_and_removes_a_feed()
    {
        var editor = await factory.CreateEditorClientAsync();
        var url = $"https://wire.example/{Guid.NewGuid():N}/rss.xml";

        using var added = await editor.PostFormAsync("/Feeds", [new("Input.Url", url), new("Input.Outlet", "<b>Wire</b>"), new("Input.PollMinutes", "30")]);

        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await editor.GetDocumentAsync("/Feeds");
        var row = Row(page, url);
        row.QuerySelector("strong")!.InnerHtml.Should().Be("&lt;b&gt;Wire&lt;/b&gt;");
        row.Text().Should().Contain("every 30 minutes");
        (await editor.SubmitFormAsync("/Feeds", $"tr[data-feed='{row.GetAttribute("data-feed")}'] form.state-form")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        Row(await editor.GetDocumentAsync("/Feeds"), url).QuerySelector(".feed-state")!.Text().Should().Contain("paused");
        (await editor.SubmitFormAsync("/Feeds", $"tr[data-feed='{row.GetAttribute("data-feed")}'] form.delete-form")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await editor.GetDocumentAsync("/Feeds")).QuerySelectorAll("tr").Should().NotContain(r => r.Text().Contains(url));
    }

    [Fact]
    public async Task A_bad_address_comes_back_with_the_reason_and_what_was_typed()
    {
        var editor = await factory.CreateEditorClientAsync();

        using var response = await editor.PostFormAsync("/Feeds", [new("Input.Url", "ftp://wire.example/feed"), new("Input.PollMinutes", "2")]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary")!.Text().Should().Contain("http:// or https://").And.Contain("5 to 1440 minutes");
        page.QuerySelector<IHtmlInputElement>("#Input_Url")!.Value.Should().Be("ftp://wire.example/feed");
    }

    [Fact]
    public async Task An_editor_edits_a_feeds_outlet_and_interval_and_a_bad_interval_comes_back_with_what_was_typed()
    {
        var editor = await factory.CreateEditorClientAsync();
        var url = $"https://wire.example/{Guid.NewGuid():N}/rss.xml";
        using (var added = await editor.PostFormAsync("/Feeds", [new("Input.Url", url), new("Input.PollMinutes", "30")]))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var id = Row(await editor.GetDocumentAsync("/Feeds"), url).GetAttribute("data-feed");
        var form = await editor.GetDocumentAsync($"/Feeds/Edit/{id}");
        form.QuerySelector<IHtmlInputElement>("#Input_Url")!.Value.Should().Be(url);
        form.QuerySelector<IHtmlInputElement>("#Input_PollMinutes")!.Value.Should().Be("30");

        using var refused = await editor.PostFormAsync($"/Feeds/Edit/{id}", [new("Input.Url", url), new("Input.Outlet", "Harbour Desk"), new("Input.PollMinutes", "3")]);
        using var saved = await editor.PostFormAsync($"/Feeds/Edit/{id}", [new("Input.Url", url), new("Input.Outlet", "Harbour Desk"), new("Input.PollMinutes", "60")]);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(refused);
        page.QuerySelector(".validation-summary")!.Text().Should().Contain("5 to 1440 minutes");
        page.QuerySelector<IHtmlInputElement>("#Input_Outlet")!.Value.Should().Be("Harbour Desk");
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var row = Row(await editor.GetDocumentAsync("/Feeds"), url);
        row.QuerySelector("strong")!.Text().Should().Be("Harbour Desk");
        row.Text().Should().Contain("every 60 minutes");
    }

    [Fact]
    public async Task An_analyst_cannot_open_a_feeds_edit_form_and_an_unknown_feed_is_not_found()
    {
        var analyst = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var editor = await factory.CreateEditorClientAsync();

        using var denied = await analyst.GetAsync("/Feeds/Edit/1");
        using var missing = await editor.GetAsync("/Feeds/Edit/987654");

        denied.Headers.Location!.AbsolutePath.Should().Be("/Account/Denied");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_analyst_sees_the_feeds_but_cannot_add_one()
    {
        var analyst = await factory.CreateClientAsAsync(NewsRoles.Analyst);

        var page = await analyst.GetDocumentAsync("/Feeds");
        var token = await analyst.AntiforgeryTokenAsync("/Account/Profile", "form.token-form");
        using var post = await analyst.PostAsync("/Feeds", new FormUrlEncodedContent([new("Input.Url", "https://wire.example/x.xml"), new(Html.TokenField, token)]));

        page.QuerySelector("form.feed-form").Should().BeNull();
        post.Headers.Location!.AbsolutePath.Should().Be("/Account/Denied");
    }

    private static IElement Row(IDocument page, string url) => page.QuerySelectorAll("tr[data-feed]").Single(r => r.Text().Contains(url));
}
