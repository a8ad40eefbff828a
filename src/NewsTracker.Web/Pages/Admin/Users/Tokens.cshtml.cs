using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Admin.Users;

// An admin's view of one account's tokens: a leaked or forgotten script token is revoked without its owner.
[Authorize(Policy = Policies.Administration)]
public sealed class TokensModel(AccountService accounts, ApiTokenService tokens, Editor editor) : PageModel
{
    public ProfileView Account { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string? email, CancellationToken ct)
    {
        if (await accounts.GetProfileAsync(email, ct) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? email, int id, CancellationToken ct)
    {
        if (await accounts.GetProfileAsync(email, ct) is not { } account
            || !(await tokens.RevokeAsync(account.UserId, id, editor, ct)).Succeeded)
        {
            return NotFound();
        }

        StatusMessage = $"The token is revoked: scripts using it as {account.Email} are refused from now on.";
        return RedirectToPage(new { email = account.Email });
    }
}
