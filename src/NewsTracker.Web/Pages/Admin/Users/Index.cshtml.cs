using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(AccountService accounts, Editor editor, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await accounts.ListAsync(ct);

    public Task<IActionResult> OnPostRoleAsync(string? email, string? role, CancellationToken ct) =>
        ApplyAsync(accounts.ChangeRoleAsync(email, role, editor, ct), $"{email} is now {NewsRoles.Parse(role)}.", ct);

    public Task<IActionResult> OnPostDisableAsync(string? email, CancellationToken ct) =>
        ApplyAsync(accounts.SetDisabledAsync(email, true, editor, ct), $"{email} is disabled: signed out everywhere, tokens refused.", ct);

    public Task<IActionResult> OnPostEnableAsync(string? email, CancellationToken ct) =>
        ApplyAsync(accounts.SetDisabledAsync(email, false, editor, ct), $"{email} is enabled again.", ct);

    public Task<IActionResult> OnPostUnlockAsync(string? email, CancellationToken ct) =>
        ApplyAsync(accounts.UnlockAsync(email, editor, ct), $"{email} is unlocked.", ct);

    private async Task<IActionResult> ApplyAsync(Task<AccountResult> change, string done, CancellationToken ct)
    {
        var result = await change;
        if (result.Succeeded)
        {
            StatusMessage = done;
            return RedirectToPage();
        }

        result.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
        Accounts = await accounts.ListAsync(ct);
        return result.Problem == AccountProblem.NotFound ? new PageResult { StatusCode = StatusCodes.Status404NotFound } : Page();
    }
}
