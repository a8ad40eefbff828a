using System.Globalization;

namespace NewsTracker.Core.Articles;

// The "Key: value" lines that may open a plain-text article file, up to the first line that is not one.
internal static class TextHeaders
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "title",
        ["headline"] = "title",
        ["date"] = "date",
        ["published"] = "date",
        ["outlet"] = "outlet",
        ["source"] = "outlet",
        ["url"] = "url",
        ["link"] = "url",
        ["author"] = "author",
        ["by"] = "author",
    };

    // Reads headers from line `next` on (the first non-empty line) and leaves `next` at the line after them.
    public static Dictionary<string, string> Read(string[] lines, ref int next)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        while (next < lines.Length)
        {
            var line = lines[next];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 1 || !Keys.TryGetValue(line[..colon].Trim(), out var key) || meta.ContainsKey(key))
            {
                break;
            }

            var value = line[(colon + 1)..].Trim();
            if (value.Length > 0)
            {
                meta[key] = value;
            }

            next++;
        }

        return meta;
    }

    // Wire URLs often carry the date: ".../2022/01/24/..." or "...-2022-01-24/". Only the year is taken, for a
    // dateline that gives the day and month.
    public static int? YearInUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        for (var i = 0; i + 4 <= url.Length; i++)
        {
            if ((i == 0 || url[i - 1] is '/' or '-') && (i + 4 == url.Length || url[i + 4] is '/' or '-')
                && int.TryParse(url.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && year is >= 1990 and <= 2200)
            {
                return year;
            }
        }

        return null;
    }
}
