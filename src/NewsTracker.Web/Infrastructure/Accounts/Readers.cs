using System.Security.Claims;

namespace NewsTracker.Web.Infrastructure.Accounts;

// The signed-in person as the owner of their saved searches and watchlist: the account id from the sign-in claims.
public static class Readers
{
    public static string ReaderId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    public static bool IsSignedIn(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;
}
