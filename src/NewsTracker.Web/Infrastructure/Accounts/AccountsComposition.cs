using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using NewsTracker.Core.Accounts;

namespace NewsTracker.Web.Infrastructure.Accounts;

public static class AccountsComposition
{
    public const string CookieName = "NewsTracker.Auth";

    // Sign-in cookies on top of the accounts Core registers, and the policies pages and the API use.
    public static IServiceCollection AddNewsTrackerAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var access = configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        services.Configure<AccessOptions>(configuration.GetSection(AccessOptions.Section));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<NewsUser>().AddSignInManager();
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
                OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden),
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editing, policy => policy.RequireRole(NewsRoles.Admin, NewsRoles.Editor))
            .AddPolicy(Policies.Administration, policy => policy.RequireRole(NewsRoles.Admin))
            .SetFallbackPolicy(access.AnonymousRead ? null : new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddHttpContextAccessor();
        services.AddScoped(provider => CurrentEditor.From(provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.User));
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
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
