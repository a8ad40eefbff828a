using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Data;
using NewsTracker.Data;

namespace NewsTracker.Web.Infrastructure.Accounts;

public static class AccountsComposition
{
    public const string CookieName = "NewsTracker.Auth";
    public const string ApplicationName = "NewsTracker";
    public const string KeysFolderKey = "DataProtection:KeysFolder";
    public const string DefaultKeysFolder = "data/keys";

    // Picks the token handler when a request carries "Authorization: Bearer …", else the sign-in cookie.
    public const string CookieOrToken = "CookieOrToken";

    // How long a signed-in cookie is trusted before the account is looked up again: a disabled account's
    // sessions end (its security stamp changed) and a new role applies within this time.
    public static readonly TimeSpan SessionRecheckInterval = TimeSpan.FromMinutes(1);

    // Sign-in cookies and API tokens on top of the accounts Core registers, and the policies pages and the API use.
    public static IServiceCollection AddNewsTrackerAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessOptions>(configuration.GetSection(AccessOptions.Section));

        services.AddAuthentication(CookieOrToken)
            .AddPolicyScheme(CookieOrToken, "Sign-in cookie or API token", scheme => scheme.ForwardDefaultSelector = context =>
                BearerTokenHandler.IsPresent(context.Request) ? BearerTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, configureOptions: null)
            .AddIdentityCookies();
        services.AddIdentityCore<NewsUser>().AddSignInManager();
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = SessionRecheckInterval);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/Account/SignIn";
            cookie.LogoutPath = "/Account/SignOut";
            cookie.AccessDeniedPath = "/Account/Denied";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);

            // Scripts calling the API get a status code, not a redirect to a sign-in page.
            cookie.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
                OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden),
            };
        });
        services.AddSecureCookies();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editing, policy => policy.RequireRole(NewsRoles.Admin, NewsRoles.Editor))
            .AddPolicy(Policies.Administration, policy => policy.RequireRole(NewsRoles.Admin));
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AccessOptions>>((authorization, access) =>
            authorization.FallbackPolicy = access.Value.AnonymousRead ? null : new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // Keys that outlive the process, so a restart does not sign everyone out: in the database when the provider
        // keeps them there (PostgreSQL, where several instances share them), else in a folder. One application name,
        // so every instance derives the same purposes from the shared keys.
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IConfiguration, ILoggerFactory, IServiceProvider>((keys, config, logging, provider) =>
            keys.XmlRepository = DatabaseProviders.DataProtectionKeys(config, provider)
                ?? new FileSystemXmlRepository(new DirectoryInfo(KeysFolder(config)), logging));

        services.AddHttpContextAccessor();
        services.AddScoped(provider => CurrentEditor.From(provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.User));
        return services;
    }

    // A request that presents a token is answered as that token's owner or not at all: a revoked token must
    // not quietly fall back to anonymous reading. Runs after UseAuthentication.
    public static IApplicationBuilder UseTokenRefusal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (BearerTokenHandler.IsPresent(context.Request)
                && context.User.Identity?.IsAuthenticated != true
                && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                await context.ChallengeAsync(BearerTokenHandler.SchemeName);
                return;
            }

            await next(context);
        });

    public static string KeysFolder(IConfiguration configuration) =>
        DatabaseLocation.ResolveFolder(configuration[KeysFolderKey] is { Length: > 0 } folder ? folder : DefaultKeysFolder);

    // The sign-in and status-message cookies are Secure outside Development. The antiforgery cookie follows the
    // request: the framework refuses to render any form over plain HTTP when it must be Secure (a 500 on every page
    // with a form, say behind a proxy that ends TLS), and HTTPS redirection and HSTS already keep browsers on HTTPS.
    private static void AddSecureCookies(this IServiceCollection services)
    {
        static CookieSecurePolicy Policy(IHostEnvironment environment) =>
            environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((cookie, environment) => cookie.Cookie.SecurePolicy = Policy(environment));
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>()
            .Configure(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddOptions<CookieTempDataProviderOptions>()
            .Configure<IHostEnvironment>((tempData, environment) => tempData.Cookie.SecurePolicy = Policy(environment));
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
