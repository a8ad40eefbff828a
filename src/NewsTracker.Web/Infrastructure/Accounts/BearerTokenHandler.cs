using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsTracker.Core.Accounts;

namespace NewsTracker.Web.Infrastructure.Accounts;

// "Authorization: Bearer nt_…": a personal API token. The principal carries the same claims as the
// sign-in cookie (id, name, email, roles), so policies and the audit log cannot tell the two apart.
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    IUserClaimsPrincipalFactory<NewsUser> principals) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    private const string Prefix = SchemeName + " ";

    public static bool IsPresent(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsPresent(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()[Prefix.Length..].Trim();
        if (await tokens.FindOwnerAsync(secret, Context.RequestAborted) is not { } user)
        {
            return AuthenticateResult.Fail("The token is unknown or revoked, or its account is disabled.");
        }

        var cookieShaped = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(cookieShaped.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = IsPresent(Request) ? "Bearer error=\"invalid_token\"" : SchemeName;
        return Task.CompletedTask;
    }
}
