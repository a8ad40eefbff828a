namespace NewsTracker.Core.Accounts;

// A personal token for scripts, sent as "Authorization: Bearer …". Only the SHA-256 of the token is
// stored; the token itself is shown once, when it is made. A revoked token stays listed, never accepted.
public sealed class ApiToken
{
    public const int NameMaxLength = 100;
    public const int HashLength = 43;
    public const int PrefixLength = 10;

    public int Id { get; set; }

    public required string UserId { get; set; }

    public NewsUser User { get; set; } = null!;

    public required string Name { get; set; }

    public required string Hash { get; set; }

    // The token's first characters, so its owner can tell tokens apart without the token.
    public required string Prefix { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }
}
