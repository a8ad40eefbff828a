using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace NewsTracker.Core.Accounts;

// A token is "nt_" and 32 random bytes in base64url; the database keeps the base64url SHA-256 of it.
// A plain hash (no salt, no stretching) is enough: the token is random, not a password someone chose.
public static class TokenSecret
{
    public const string Marker = "nt_";
    private const int RandomBytes = 32;
    private const int MaxTokenLength = 200;

    public static string Create() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static string Hash(string token) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Prefix(string token) => token[..Math.Min(ApiToken.PrefixLength, token.Length)];

    // Anything that cannot be one of ours is refused before it reaches the database.
    public static bool LooksValid(string? token) =>
        token is { Length: > 0 and <= MaxTokenLength } && token.StartsWith(Marker, StringComparison.Ordinal);
}
