using System.Buffers.Text;
using System.Security.Cryptography;
using NewsTracker.Core.Accounts;

namespace NewsTracker.Core.Following;

// A saved search's feed address carries "nf_" and 32 random bytes in base64url (safe in a URL path); the database
// keeps its SHA-256 as TokenSecret hashes API tokens. A different marker, and a different table, so a feed address
// never works as an API token or the other way round.
public static class FeedToken
{
    public const string Marker = "nf_";
    public const int HashLength = 43;
    public const int PrefixLength = 10;
    private const int RandomBytes = 32;
    private const int MaxTokenLength = 100;

    public static string Create() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static string Hash(string token) => TokenSecret.Hash(token);

    public static string Prefix(string token) => token[..Math.Min(PrefixLength, token.Length)];

    // Anything that cannot be one of ours is refused before it reaches the database.
    public static bool LooksValid(string? token) =>
        token is { Length: > 0 and <= MaxTokenLength } && token.StartsWith(Marker, StringComparison.Ordinal);
}
