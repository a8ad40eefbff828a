using System.ComponentModel.DataAnnotations;
using NewsTracker.Core.Accounts;

namespace NewsTracker.Web.Pages.Account;

public sealed class PasswordInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [StringLength(200)]
    [Display(Name = "Current password")]
    public string? Current { get; set; }

    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [StringLength(200)]
    [Display(Name = "New password")]
    public string? New { get; set; }

    [Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string? Repeat { get; set; }
}

public sealed class TokenInput
{
    [StringLength(ApiToken.NameMaxLength, ErrorMessage = "A token name can be at most {1} characters.")]
    [Display(Name = "What is it for?")]
    public string? Name { get; set; }
}
