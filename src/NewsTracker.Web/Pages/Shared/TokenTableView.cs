using NewsTracker.Core.Accounts;

namespace NewsTracker.Web.Pages.Shared;

// Email names the account when an admin revokes someone else's token; null on the owner's own profile.
public sealed record TokenTableView(IReadOnlyList<TokenRow> Tokens, string? Email);
