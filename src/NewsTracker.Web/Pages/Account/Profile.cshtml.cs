using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Account;

// Every role manages its own password and tokens, so these posts are not editors' writes.
[Authorize]
[AllowAnonymousPost]
public sealed class ProfileModel(AccountService accounts, ApiTokenService tokens, SignInManager<NewsUser> signIn, Editor editor) : PageModel
{
    public ProfileView Profile { get; private set; } = null!;

    public PasswordInput Password { get; set; } = new();

    public TokenInput Token { get; set; } = new();

    // Shown once, on the page that answers the post; never stored, never put in a cookie.
    public NewToken? Created { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostPasswordAsync([Bind(Prefix = nameof(Password))] PasswordInput input, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await accounts.ChangePasswordAsync(UserId, input.Current, input.New, editor, ct) : null;
        if (result is { Succeeded: true })
        {
            // The new password changed the security stamp: re-issue this browser's cookie so it stays signed in.
            await signIn.RefreshSignInAsync((await signIn.UserManager.GetUserAsync(User))!);
            StatusMessage = "Your password is changed.";
            return RedirectToPage();
        }

        result?.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostTokenAsync([Bind(Prefix = nameof(Token))] TokenInput input, CancellationToken ct)
    {
        Token = input;
        var result = ModelState.IsValid ? await tokens.CreateAsync(UserId, input.Name, editor, ct) : null;
        result?.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
        Created = result?.Token;
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var result = await tokens.RevokeAsync(UserId, id, editor, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        StatusMessage = "The token is revoked: scripts using it are refused from now on.";
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (await accounts.GetProfileAsync(UserId, ct) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }
}
