using System.Globalization;

namespace NewsTracker.Core.Articles;

// A wire dateline opening the first paragraph: "KYIV, Jan 24 (Reuters) - ", "WASHINGTON, Jan. 24, 2022 (AP) — ",
// "LONDON, 24 January (Reuters) -". Read by hand, a bounded number of characters, no regular expression.
public sealed record Dateline(int Month, int Day, int? Year, string? Outlet)
{
    private const int MaxLength = 120;

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static Dateline? Read(string paragraph)
    {
        var head = paragraph.AsSpan(0, Math.Min(paragraph.Length, MaxLength));
        var comma = head.IndexOf(',');
        if (comma < 2 || !IsPlace(head[..comma]))
        {
            return null;
        }

        var dash = DashAfter(head, comma);
        if (dash < 0)
        {
            return null;
        }

        var rest = head[(comma + 1)..dash].ToString();
        string? outlet = null;
        var open = rest.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = rest.IndexOf(')', open);
            if (close < 0)
            {
                return null;
            }

            outlet = rest[(open + 1)..close].Trim();
            rest = rest[..open];
        }

        var words = rest.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3)
        {
            return null;
        }

        // "Jan 24" or "24 Jan", then perhaps a year.
        var (month, day) = (MonthOf(words[0]), Number(words[1]));
        if (month is null)
        {
            (month, day) = (MonthOf(words[1]), Number(words[0]));
        }

        int? year = words.Length == 3 ? Number(words[2]) : null;
        if (month is null || day is not (>= 1 and <= 31) || (words.Length == 3 && year is not (>= 1900 and <= 2200)))
        {
            return null;
        }

        return new Dateline(month.Value, day.Value, year, string.IsNullOrWhiteSpace(outlet) ? null : outlet);
    }

    // The date, when the dateline or a year found elsewhere (the URL) settles it.
    public DateTime? Date(int? yearElsewhere) =>
        (Year ?? yearElsewhere) is { } year && Day <= DateTime.DaysInMonth(year, Month)
            ? new DateTime(year, Month, Day, 0, 0, 0, DateTimeKind.Utc)
            : null;

    public string Describe() =>
        CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(Month) + " " + Day.ToString(CultureInfo.InvariantCulture);

    // A place in capitals: "KYIV", "NEW YORK", "WASHINGTON/MOSCOW", "ST. PETERSBURG".
    private static bool IsPlace(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not (' ' or '.' or '/' or '-' or '\''))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static int? MonthOf(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var index = Array.IndexOf(Months, word[..3].ToLowerInvariant());
        if (index < 0)
        {
            return null;
        }

        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(index + 1);
        return word.Length == 3 || (index == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase))
            || full.Equals(word, StringComparison.OrdinalIgnoreCase)
            ? index + 1
            : null;
    }

    // The dash that ends the dateline: a hyphen or dash with a space before it.
    private static int DashAfter(ReadOnlySpan<char> head, int start)
    {
        for (var i = start + 1; i < head.Length; i++)
        {
            if (head[i] is '-' or '–' or '—' && head[i - 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    private static int? Number(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
