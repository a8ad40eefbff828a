using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Account;

// Signing out is a POST (a link could be followed by a prefetcher); the GET shows the button.
[AllowAnonymous]
[AllowAnonymousPost]
public sealed class SignOutModel(SignInManager<NewsUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["StatusMessage"] = "You are signed out.";
        return RedirectToPage("/Index");
    }
}
