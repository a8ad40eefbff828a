using System.Security.Claims;
using NewsTracker.Core.Audit;

namespace NewsTracker.Web.Infrastructure.Accounts;

// The request's user as Core's services see a person making a change (for the audit log).
public static class CurrentEditor
{
    public static Editor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return new Editor(null, "anonymous");
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var label = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? id ?? "unknown";
        return new Editor(id, label);
    }
}
