using Microsoft.AspNetCore.Identity;

namespace NewsTracker.Core.Accounts;

// A person who signs in: an editor, an analyst or an admin. Identity owns the password hash, lockout and
// security stamp; the newsroom adds a display name and a way to switch an account off without deleting it.
public sealed class NewsUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string? DisplayName { get; set; }

    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    // What the audit log and pages show for this person.
    public string Label => string.IsNullOrWhiteSpace(DisplayName) ? Email ?? UserName ?? Id : DisplayName!;
}
