namespace NewsTracker.Core.Accounts;

// The three roles. Editors and admins change the record; analysts read it; admins also manage accounts.
public static class NewsRoles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public const string Analyst = "Analyst";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Analyst];

    // "admin", "EDITOR" and "Analyst" all name a role; anything else does not.
    public static string? Parse(string? text) =>
        All.FirstOrDefault(role => string.Equals(role, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
