using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Data;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

public sealed class AdminUsersTests(SignInTests.RecheckEveryRequestFactory factory) : IClassFixture<SignInTests.RecheckEveryRequestFactory>
{
    private const string Password = "Admin made this 2026";

    [Fact]
    public async Task An_admin_adds_a_user_who_can_then_sign_in_with_that_role()
    {
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);
        var email = NewEmail();

        using var response = await admin.PostFormAsync("/Admin/Users/New", Form(email, NewsRoles.Editor, Password));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var list = await admin.GetDocumentAsync(response.Headers.Location!.ToString());
        list.QuerySelector(".status-message").Text().Should().Contain(email);
        Row(list, email).QuerySelector<IHtmlSelectElement>("select[name=role]")!.Value.Should().Be(NewsRoles.Editor);
        var user = await SignInAsync(email);
        (await user.GetAsync("/Topics/New")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AuditActionsAsync(email)).Should().Equal("created");
    }

    [Fact]
    public async Task A_weak_password_or_a_bad_email_comes_back_with_the_reasons_and_the_email_typed()
    {
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);

        using var weak = await admin.PostFormAsync("/Admin/Users/New", Form("weak@newsroom.test", NewsRoles.Analyst, "password"));
        using var bad = await admin.PostFormAsync("/Admin/Users/New", Form("<script>alert(1)</script>", "Owner", Password));

        weak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(weak);
        page.QuerySelector(".validation-summary").Text().Should().Contain("Passwords must be at least 12 characters.");
        page.QuerySelector<IHtmlInputElement>("#Input_Email")!.Value.Should().Be("weak@newsroom.test");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var badPage = await bad.Content.ReadAsStringAsync();
        badPage.Should().Contain("email address such as").And.Contain("is not a role").And.NotContain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task Changing_a_role_applies_to_the_users_open_session()
    {
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);
        var email = await CreateAsync(NewsRoles.Editor);
        var user = await SignInAsync(email);
        (await user.GetAsync("/Topics/New")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var response = await admin.SubmitFormAsync("/Admin/Users", AccountForms.FormInRow(email, "form.role-form"), ("role", NewsRoles.Analyst));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var denied = await user.GetAsync("/Topics/New");
        denied.Headers.Location!.AbsolutePath.Should().Be("/Account/Denied");
        (await AuditActionsAsync(email)).Should().Equal("created", "changed role");
    }

    [Fact]
    public async Task Disabling_signs_the_user_out_and_enabling_lets_them_back_in()
    {
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);
        var email = await CreateAsync(NewsRoles.Analyst);
        var user = await SignInAsync(email);

        (await admin.SubmitFormAsync("/Admin/Users", AccountForms.FormInRow(email, "form.state-form"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await user.GetAsync("/Account/Profile")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the session ended");
        Row(await admin.GetDocumentAsync("/Admin/Users"), email).QuerySelector(".account-state").Text().Should().StartWith("disabled");
        (await admin.SubmitFormAsync("/Admin/Users", AccountForms.FormInRow(email, "form.state-form"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await (await SignInAsync(email)).GetAsync("/Account/Profile")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AuditActionsAsync(email)).Should().Equal("created", "disabled", "enabled");
    }

    [Fact]
    public async Task An_admin_unlocks_a_locked_account()
    {
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);
        var email = await CreateAsync(NewsRoles.Analyst);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        using var response = await admin.SubmitFormAsync("/Admin/Users", AccountForms.FormInRow(email, "form.unlock-form"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        Row(await admin.GetDocumentAsync("/Admin/Users"), email).QuerySelector("form.unlock-form").Should().BeNull();
        (await (await SignInAsync(email)).GetAsync("/Account/Profile")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_email_is_a_404_with_a_message()
    {
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);
        var email = await CreateAsync(NewsRoles.Analyst);

        using var response = await admin.SubmitFormAsync("/Admin/Users", AccountForms.FormInRow(email, "form.state-form"), ("email", "ghost@newsroom.test"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should().Contain("No account has the email ghost@newsroom.test.");
    }

    [Fact]
    public async Task An_editor_cannot_post_to_the_user_pages()
    {
        var editor = await factory.CreateClientAsAsync(NewsRoles.Editor);
        var email = await CreateAsync(NewsRoles.Analyst);

        using var response = await editor.PostAsync("/Admin/Users?handler=Role", new FormUrlEncodedContent([new("email", email), new("role", NewsRoles.Admin)]));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/Account/Denied");
        (await AuditActionsAsync(email)).Should().Equal("created");
    }

    [Fact]
    public async Task An_admin_revokes_another_accounts_token_and_scripts_using_it_are_refused()
    {
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);
        var email = await CreateAsync(NewsRoles.Editor);
        NewToken token;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            token = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(email, "nightly import", Core.Audit.Editor.System, default)).Token!;
        }

        var script = factory.CreateTokenClient(token.Token);
        (await script.GetAsync("/api/audit")).StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await admin.GetDocumentAsync($"/Admin/Users/Tokens?email={Uri.EscapeDataString(email)}");
        page.QuerySelector(".token-table").Text().Should().Contain("nightly import").And.Contain(token.Prefix);

        using var response = await admin.SubmitFormAsync($"/Admin/Users/Tokens?email={Uri.EscapeDataString(email)}", "form.revoke-form");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await script.GetAsync("/api/audit")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var after = await admin.GetDocumentAsync(response.Headers.Location!.ToString());
        after.QuerySelector(".status-message").Text().Should().Contain($"as {email} are refused");
        after.QuerySelector("form.revoke-form").Should().BeNull("the only token is revoked");
        (await AuditActionsAsync(email)).Should().Equal("created", "created token", "revoked token");
    }

    [Fact]
    public async Task Only_admins_see_other_accounts_tokens_and_an_unknown_email_is_a_404()
    {
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);
        var editor = await factory.CreateClientAsAsync(NewsRoles.Editor);
        var email = await CreateAsync(NewsRoles.Analyst);

        using var denied = await editor.GetAsync($"/Admin/Users/Tokens?email={Uri.EscapeDataString(email)}");
        using var ghost = await admin.GetAsync("/Admin/Users/Tokens?email=ghost%40newsroom.test");
        var antiforgery = await admin.AntiforgeryTokenAsync("/Admin/Users", "form.role-form");
        using var forged = await admin.PostAsync(
            $"/Admin/Users/Tokens?handler=Revoke&email={Uri.EscapeDataString(email)}&id=999999",
            new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));

        denied.Headers.Location!.AbsolutePath.Should().Be("/Account/Denied");
        ghost.StatusCode.Should().Be(HttpStatusCode.NotFound);
        forged.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static string NewEmail() => $"{Guid.NewGuid():N}@newsroom.test";

    private static Dictionary<string, string> Form(string email, string role, string password) =>
        new() { ["Input.Email"] = email, ["Input.Role"] = role, ["Input.Password"] = password };

    private static IElement Row(IDocument page, string email) => page.QuerySelectorAll("tr").First(r => r.GetAttribute("data-email") == email);

    private async Task<string> CreateAsync(string role)
    {
        var email = NewEmail();
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(new NewAccount(email, role, Password), Core.Audit.Editor.System, default);
        return email;
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = factory.CreateBrowserlessClient();
        using var response = await client.PostFormAsync("/Account/SignIn", [new("Input.Email", email), new("Input.Password", Password)]);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<List<string>> AuditActionsAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.AuditEntries.Where(e => e.Entity == "user" && e.EntityId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
    }
}
