using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// Personal API tokens for the test accounts, made through the same service the CLI and profile page use.
internal static class Tokens
{
    public static async Task<string> CreateTokenAsync(this NewsTrackerFactory factory, string role)
    {
        var (email, _) = await factory.EnsureAccountAsync(role);
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(email, "tests", Editor.System, default);
        return result.Token?.Token ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    // A client that sends the token on every request and has no sign-in cookie.
    public static HttpClient CreateTokenClient(this NewsTrackerFactory factory, string token)
    {
        var client = factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HttpClient> CreateTokenClientAsync(this NewsTrackerFactory factory, string role) =>
        factory.CreateTokenClient(await factory.CreateTokenAsync(role));

    public static async Task SetDisabledAsync(this NewsTrackerFactory factory, string email, bool disabled)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync(email, disabled, Editor.System, default);
        result.Succeeded.Should().BeTrue(string.Join("; ", result.Errors));
    }
}
