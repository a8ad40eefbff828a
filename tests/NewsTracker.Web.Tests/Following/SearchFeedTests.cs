using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Accounts;
using NewsTracker.Web.Tests.Infrastructure;
using Serilog.Core;

namespace NewsTracker.Web.Tests.Following;

public sealed class SearchFeedTests(SearchFeedTests.Factory factory) : IClassFixture<SearchFeedTests.Factory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_feed_is_atom_and_an_imported_quote_appears_in_it()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var marker = "zf" + TestArticles.Marker();
        var (id, address) = await SaveWithFeedAsync(reader, $"/Quotes?q={marker}", "Feed " + marker);

        var before = await ReadFeedAsync(address);
        before.Root!.Name.Should().Be(Atom + "feed");
        before.Root.Element(Atom + "title")!.Value.Should().Contain("Feed " + marker);
        before.Root.Elements(Atom + "entry").Should().BeEmpty();

        var editor = await factory.CreateEditorClientAsync();
        var published = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var imported = await editor.PostFilesAsync("/Articles/Import", "Input.Files", ("harbour.md", $"""
            ---
            title: Harbour plans ({marker})
            outlet: Yle
            url: https://example.org/yle/{marker}
            date: {published}
            ---
            HELSINKI (Yle) - The president spoke about the {marker} harbour on Monday.

            “The {marker} harbour will stay open all winter,” Sauli Niinistö said on Monday.
            """));
        imported.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var after = await ReadFeedAsync(address);
        var feed = after.Root!;
        foreach (var required in new[] { "id", "title", "updated" })
        {
            feed.Element(Atom + required).Should().NotBeNull($"an Atom feed has one {required}");
        }

        feed.Elements(Atom + "link").Should().Contain(l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == address);
        var entry = feed.Elements(Atom + "entry").Should().ContainSingle().Subject;
        entry.Element(Atom + "id")!.Value.Should().StartWith("tag:newstracker,");
        entry.Element(Atom + "title")!.Value.Should().StartWith("Sauli Niinistö: The " + marker + " harbour");
        entry.Element(Atom + "author")!.Element(Atom + "name")!.Value.Should().Be("Sauli Niinistö");
        entry.Element(Atom + "published")!.Value.Should().Be(published + "T00:00:00Z");
        DateTime.Parse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal).Should().BeAfter(DateTime.UtcNow.AddHours(-1));
        entry.Elements(Atom + "link").Should().Contain(l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("href") == $"https://example.org/yle/{marker}");
        entry.Element(Atom + "content")!.Value.Should().Contain($"The {marker} harbour will stay open all winter").And.Contain("Yle");

        // Reading the feed changes nothing on the reader's list: the quote is still new there.
        Readers.SearchRow(await reader.GetDocumentAsync("/Searches"), id).QuerySelector(".new-count").Text().Should().Be("1 new quote");
    }

    [Fact]
    public async Task A_revoked_address_is_a_404_and_a_new_address_replaces_the_old()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var (id, first) = await SaveWithFeedAsync(reader, "/Quotes?q=energy", "Energy " + TestArticles.Marker());

        using var reissued = await reader.SubmitFormAsync("/Searches", d => (IHtmlFormElement)Readers.SearchRow(d, id).QuerySelector("form.feed-form")!);
        var second = (await Html.ParseAsync(reissued)).QuerySelector<IHtmlInputElement>("#new-feed")!.Value;
        (await GetAsync(first)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await GetAsync(second)).StatusCode.Should().Be(HttpStatusCode.OK);

        using var revoked = await reader.SubmitFormAsync("/Searches", d => (IHtmlFormElement)Readers.SearchRow(d, id).QuerySelector("form.revoke-feed-form")!);
        revoked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await GetAsync(second)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await GetAsync("http://localhost/feeds/searches/nf_made-up.atom")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Markup_in_a_quote_is_escaped_in_the_feed()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var marker = "zs" + TestArticles.Marker();
        var (_, address) = await SaveWithFeedAsync(reader, $"/Quotes?q={marker}", "Script " + marker);
        await factory.AddArticleAsync(marker, $"“The <script>alert(1)</script> plan for {marker} & more is ready,” Sauli Niinistö said on Tuesday.");

        using var response = await GetAsync(address);
        var xml = await response.Content.ReadAsStringAsync();

        xml.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&amp; more");
        XDocument.Parse(xml).Root!.Element(Atom + "entry")!.Element(Atom + "content")!.Value.Should().Contain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task The_feed_answers_without_an_account_in_a_private_archive()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var (_, address) = await SaveWithFeedAsync(reader, "/Quotes?q=troops", "Troops " + TestArticles.Marker());
        await using var privateArchive = factory.WithWebHostBuilder(builder => builder.UseSetting("Access:AnonymousRead", "false"));
        var visitor = privateArchive.CreateClient(new() { AllowAutoRedirect = false });

        using var quotes = await visitor.GetAsync("/Quotes?q=troops");
        using var feed = await visitor.GetAsync(address);

        quotes.StatusCode.Should().Be(HttpStatusCode.Redirect);
        feed.StatusCode.Should().Be(HttpStatusCode.OK);
        XDocument.Parse(await feed.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry").Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_token_of_a_feed_address_stays_out_of_the_logs()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var (_, address) = await SaveWithFeedAsync(reader, "/Quotes?q=troops", "Logged " + TestArticles.Marker());
        var token = address[(address.LastIndexOf('/') + 1)..^".atom".Length];

        (await GetAsync(address)).StatusCode.Should().Be(HttpStatusCode.OK);

        await factory.Logs.WaitForAsync(e => e.Properties.ContainsKey("StatusCode")
            && e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("/feeds/searches/"));
        factory.Logs.Events.Select(CapturedLogs.Render).Should().NotContain(line => line.Contains(token));
        factory.Logs.Events.SelectMany(e => e.Properties.Values).Select(v => v.ToString()).Should().NotContain(v => v.Contains(token));
    }

    // Saves the search and makes its feed; the search's id and the feed's address as the page shows it once.
    private static async Task<(int Id, string Address)> SaveWithFeedAsync(HttpClient reader, string quotesAddress, string name)
    {
        var id = await reader.SaveSearchAsync(quotesAddress, name);
        using var made = await reader.SubmitFormAsync("/Searches", d => (IHtmlFormElement)Readers.SearchRow(d, id).QuerySelector("form.feed-form")!);
        made.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(made);
        var address = page.QuerySelector<IHtmlInputElement>("#new-feed")!.Value;
        address.Should().MatchRegex("^http://localhost/feeds/searches/nf_[A-Za-z0-9_-]{43}\\.atom$");
        (await reader.GetDocumentAsync("/Searches")).QuerySelector("#new-feed").Should().BeNull("the address is shown once");
        return (id, address);
    }

    // A feed reader: no cookie, no token.
    private Task<HttpResponseMessage> GetAsync(string address) => factory.CreateBrowserlessClient().GetAsync(address);

    private async Task<XDocument> ReadFeedAsync(string address)
    {
        using var response = await GetAsync(address);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public sealed class Factory : NewsTrackerFactory
    {
        public CapturedLogs Logs => Services.GetRequiredService<CapturedLogs>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<CapturedLogs>();
                services.AddSingleton<ILogEventSink>(provider => provider.GetRequiredService<CapturedLogs>());
            });
        }
    }
}
