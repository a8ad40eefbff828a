namespace NewsTracker.Core.Common;

// Text from articles and forms goes into log lines: a line break or control character in a title could
// forge a log entry, so they become spaces, and very long values are cut.
public static class LogText
{
    public const int MaxLength = 200;

    public static string Clean(string? value) => Clean(value, MaxLength);

    public static string Clean(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var length = Math.Min(value.Length, maxLength);
        return string.Create(length + (value.Length > maxLength ? 1 : 0), (value, maxLength), static (span, state) =>
        {
            var (text, max) = state;
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i == max ? '…' : IsUnsafe(text[i]) ? ' ' : text[i];
            }
        });
    }

    // True when Clean would change the value: a control or line-separator character, or more than maxLength.
    public static bool NeedsCleaning(string value, int maxLength) =>
        value.Length > maxLength || value.AsSpan().ContainsAny(Unsafe);

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\u2028', '\u2029']);

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
