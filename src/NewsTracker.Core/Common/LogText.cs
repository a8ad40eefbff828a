namespace NewsTracker.Core.Common;

// Text from articles and forms goes into log lines: a line break or control character in a title could
// forge a log entry, so they become spaces, and very long values are cut.
public static class LogText
{
    public const int MaxLength = 200;

    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var length = Math.Min(value.Length, MaxLength);
        return string.Create(length + (value.Length > MaxLength ? 1 : 0), value, static (span, text) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i == MaxLength ? '…' : char.IsControl(text[i]) || text[i] is '\u2028' or '\u2029' ? ' ' : text[i];
            }
        });
    }
}
