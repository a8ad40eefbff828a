using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Infrastructure;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Account;

[AllowAnonymous]
[AllowAnonymousPost]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInManager<NewsUser> signIn, UserManager<NewsUser> users) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is { IsDisabled: true })
        {
            ModelState.AddModelError(string.Empty, "This account is disabled. Ask an admin to enable it.");
            return Page();
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? $"Too many failed attempts: this account is locked for {AccountRules.LockoutDuration.TotalMinutes:0} minutes."
            : "The email or password is not right.");
        return Page();
    }
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
    [StringLength(256)]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [StringLength(200)]
    public string? Password { get; set; }

    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; set; }
}
