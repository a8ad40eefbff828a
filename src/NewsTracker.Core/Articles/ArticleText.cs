using System.Globalization;
using System.Text;

namespace NewsTracker.Core.Articles;

// Bytes to text and text that is not text, decided once for every way in: an uploaded or imported file, a page
// fetched from a URL, and (through ArticleRules) what the form or the API sends.
public static class ArticleText
{
    public const string NotTextMessage = "holds binary data (control characters or NUL bytes), not text";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 with one, and UTF-16 without one when the NUL
    // bytes of its ASCII characters give it away. Anything else that is not valid UTF-8 is refused rather than
    // guessed: a wrong guess would store mojibake that extraction cannot read.
    public static TextDecoding Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return TextDecoding.Ok(string.Empty);
        }

        var (encoding, skip) = ByOrderMark(bytes) ?? ByNulPattern(bytes) ?? (StrictUtf8, 0);
        string text;
        try
        {
            text = encoding.GetString(bytes[skip..]);
        }
        catch (DecoderFallbackException)
        {
            return LooksBinary(bytes)
                ? TextDecoding.Refused($"The file {NotTextMessage}.")
                : TextDecoding.Refused("The file is not UTF-8 text; save it as UTF-8 (or UTF-16) and try again.");
        }

        return Problem(text) is { } problem ? TextDecoding.Refused($"The file {problem}.") : TextDecoding.Ok(text);
    }

    // Why a text cannot be an article's text, or null: NUL or other control characters (tabs, line breaks and
    // form feeds aside) in more than a trace, or any NUL at all, which no written text holds.
    public static string? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return NotTextMessage;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        // A stray control character or two survive copy and paste from word processors; junk has them everywhere.
        return controls > 2 && controls * 100 > text.Length ? NotTextMessage : null;
    }

    // True when nothing in the text would show on the page: whitespace, format characters (zero-width spaces, joiners,
    // byte-order marks), controls, combining marks with nothing to combine with, and the blank "filler" letters.
    public static bool IsInvisible(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsInvisible(rune))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x180E or 0x034F;

    private static (Encoding, int)? ByOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => null,
    };

    // UTF-16 without a byte-order mark: ASCII letters leave a NUL in every other byte, on the odd side for
    // little-endian, the even side for big-endian. Binary junk has NULs too, but not so regularly on one side.
    private static (Encoding, int)? ByNulPattern(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNuls * 10 >= pairs * 4 && evenNuls * 20 <= pairs)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 0);
        }

        if (evenNuls * 10 >= pairs * 4 && oddNuls * 20 <= pairs)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 0);
        }

        return null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                controls++;
            }
        }

        return controls * 100 > sample.Length;
    }
}

// Decoded text, or the reason the bytes are not text, in words an editor can act on.
public sealed record TextDecoding(string? Text, string? Error)
{
    public static TextDecoding Ok(string text) => new(text, null);

    public static TextDecoding Refused(string error) => new(null, error);
}
