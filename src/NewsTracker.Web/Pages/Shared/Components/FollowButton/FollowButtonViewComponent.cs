using Microsoft.AspNetCore.Mvc;
using NewsTracker.Core.Following;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Shared.Components.FollowButton;

// Follow or Unfollow on a speaker, actor or topic page, for signed-in readers; nothing for visitors, so their pages
// are as before.
public sealed class FollowButtonViewComponent(FollowService follows) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(FollowKind kind, int id, string name)
    {
        if (!UserClaimsPrincipal.IsSignedIn())
        {
            return Content(string.Empty);
        }

        var following = await follows.IsFollowingAsync(UserClaimsPrincipal.ReaderId(), kind, id, HttpContext.RequestAborted);
        return View(new FollowButtonView(kind, id, name, following, Request.Path + Request.QueryString));
    }
}

public sealed record FollowButtonView(FollowKind Kind, int Id, string Name, bool Following, string ReturnUrl);
