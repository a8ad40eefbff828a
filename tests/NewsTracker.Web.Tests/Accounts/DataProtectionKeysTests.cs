using System.Net;
using Microsoft.AspNetCore.Hosting;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// The keys that sign cookies live in DataProtection:KeysFolder, so a second app process (a restart) on the same
// database accepts the cookies the first one issued, however long it takes to start (the account is looked up again
// a minute after sign-in).
public sealed class DataProtectionKeysTests : IDisposable
{
    private readonly string _keys = Directory.CreateTempSubdirectory("newstracker-keys-").FullName;

    public void Dispose() => Directory.Delete(_keys, recursive: true);

    [Fact]
    public async Task A_cookie_from_before_a_restart_still_signs_in()
    {
        await using var before = new SharedKeysFactory(_keys);
        var (email, password) = await before.EnsureAccountAsync(NewsRoles.Editor);
        using var signedIn = await before.CreateBrowserlessClient().PostFormAsync("/Account/SignIn", [new("Input.Email", email), new("Input.Password", password)]);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Web.Infrastructure.Accounts.AccountsComposition.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];

        Directory.GetFiles(_keys, "key-*.xml").Should().NotBeEmpty();
        await using var after = new SharedKeysFactory(_keys, before);
        var client = after.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);

        using var response = await client.GetAsync("/Topics/New");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the editor is still signed in");
    }

    private sealed class SharedKeysFactory : NewsTrackerFactory
    {
        private readonly string _keys;

        public SharedKeysFactory(string keys)
        {
            _keys = keys;
        }

        public SharedKeysFactory(string keys, NewsTrackerFactory restarted)
            : base(restarted)
        {
            _keys = keys;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:KeysFolder", _keys);
        }
    }
}
