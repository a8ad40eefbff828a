using System.Net;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Common;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// Each role, signed in with the cookie or sending a personal token, against a read page, the API, a write
// page and the admin pages. Anonymous is the visitor with neither.
public sealed class RoleAccessTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    public const string Anonymous = "anonymous";

    public static TheoryData<string, bool> Callers() => new()
    {
        { Anonymous, false },
        { NewsRoles.Analyst, false },
        { NewsRoles.Editor, false },
        { NewsRoles.Admin, false },
        { NewsRoles.Analyst, true },
        { NewsRoles.Editor, true },
        { NewsRoles.Admin, true },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Everyone_reads_pages_and_the_api_while_anonymous_reading_is_on(string role, bool token)
    {
        var client = await ClientAsync(role, token);

        using var page = await client.GetAsync("/Quotes?q=troops");
        using var api = await client.GetAsync("/api/quotes?q=troops");
        using var job = await client.GetAsync("/api/jobs/retag");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        api.StatusCode.Should().Be(HttpStatusCode.OK);
        job.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Only_editors_and_admins_create_a_topic(string role, bool token)
    {
        var client = await ClientAsync(role, token);
        var name = $"{role.ToLowerInvariant()} {(token ? "token" : "cookie")} {TestArticles.Marker()}";
        var form = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Keywords"] = "ceasefire" };

        using var response = role is NewsRoles.Editor or NewsRoles.Admin
            ? await client.PostFormAsync("/Topics/New", form)
            : await client.PostAsync("/Topics/New", new FormUrlEncodedContent(form));

        if (role is NewsRoles.Editor or NewsRoles.Admin)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            var topic = await client.GetDocumentAsync(response.Headers.Location!.ToString());
            topic.QuerySelector("h1").Text().Should().Be(name);
        }
        else
        {
            ExpectRefused(response, role, token);
            using var topic = await factory.CreateClient().GetAsync("/Topics/" + Slug.From(name));
            topic.StatusCode.Should().Be(HttpStatusCode.NotFound, "nothing was created");
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Only_admins_open_the_user_pages(string role, bool token)
    {
        var client = await ClientAsync(role, token);

        using var list = await client.GetAsync("/Admin/Users");
        using var form = await client.GetAsync("/Admin/Users/New");

        if (role == NewsRoles.Admin)
        {
            list.StatusCode.Should().Be(HttpStatusCode.OK);
            form.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        else
        {
            ExpectRefused(list, role, token);
            ExpectRefused(form, role, token);
        }
    }

    [Theory]
    [InlineData(NewsRoles.Analyst, false)]
    [InlineData(NewsRoles.Editor, false)]
    [InlineData(NewsRoles.Admin, true)]
    public async Task The_users_link_is_in_the_nav_for_admins_only(string role, bool shown)
    {
        var client = await factory.CreateClientAsAsync(role);

        var page = await client.GetDocumentAsync("/");

        page.QuerySelectorAll(".account-nav a[href='/Admin/Users']").Should().HaveCount(shown ? 1 : 0);
        page.QuerySelector(".account-nav a[href='/Account/Profile']").Text().Should().Be($"{role.ToLowerInvariant()}@newsroom.test");
    }

    [Theory]
    [InlineData("/Account/Profile")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Users/New")]
    public async Task The_account_pages_have_no_inline_script_or_style(string url)
    {
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);

        var page = await admin.GetDocumentAsync(url);

        page.QuerySelectorAll("script").Should().OnlyContain(s => s.HasAttribute("src") && string.IsNullOrWhiteSpace(s.TextContent));
        page.QuerySelectorAll("style, [style]").Should().BeEmpty();
        page.All.SelectMany(e => e.Attributes).Select(a => a.Name).Should().NotContain(name => name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        page.QuerySelectorAll("form[method=post]").Should().OnlyContain(f => f.QuerySelector("input[name=__RequestVerificationToken]") != null);
    }

    private static void ExpectRefused(HttpResponseMessage response, string role, bool token)
    {
        if (token)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            return;
        }

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be(role == Anonymous ? "/Account/SignIn" : "/Account/Denied");
    }

    private async Task<HttpClient> ClientAsync(string role, bool token) =>
        role == Anonymous ? factory.CreateBrowserlessClient()
        : token ? await factory.CreateTokenClientAsync(role)
        : await factory.CreateClientAsAsync(role);
}
