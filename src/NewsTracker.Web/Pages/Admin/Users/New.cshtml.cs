using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class NewModel(AccountService accounts, Editor editor) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.CreateAsync(new NewAccount(Input.Email, Input.Role, Input.Password), editor, ct);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
            return Page();
        }

        StatusMessage = $"{Input.Email?.Trim()} can now sign in as {NewsRoles.Parse(Input.Role)}.";
        return RedirectToPage("/Admin/Users/Index");
    }
}

public sealed class NewUserInput
{
    [Required(ErrorMessage = "Enter the person's email address.")]
    [StringLength(256)]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Choose a role.")]
    public string? Role { get; set; } = NewsRoles.Analyst;

    [Required(ErrorMessage = "Type a first password for the account.")]
    [DataType(DataType.Password)]
    [StringLength(200)]
    [Display(Name = "First password")]
    public string? Password { get; set; }
}
