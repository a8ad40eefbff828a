using System.Buffers;
using System.Collections.Frozen;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Extraction;

// Removes page furniture ("Advertisement", "Also read| …", share prompts, photo credits, newsletter
// prompts) and normalises whitespace. Paragraphs come out separated by one blank line; every offset the
// extractor reports points into this cleaned text, so nothing after cleaning rewrites it.
public static class ArticleCleaner
{
    private const int MaxFurnitureLength = 200;
    private const int PatternSpan = 48;

    private static readonly string[] ExactFurniture =
    [
        "advertisement", "advertisements", "advert", "ad", "sponsored", "sponsored content", "story continues below",
        "story continues below advertisement", "continue reading", "continue reading below", "scroll to continue",
        "advertisement - scroll to continue", "share this article", "share this story", "share", "share on facebook",
        "share on twitter", "share via email", "print", "print this article", "comments", "related", "related articles",
        "related stories", "recommended", "recommended stories", "trending", "most read", "top stories", "more stories",
        "watch", "watch video", "listen", "listen to this article", "also watch", "click here", "read next",
        "subscribe", "subscribe now", "sign up", "newsletter", "skip advertisement", "you may also like",
    ];

    private static readonly string[] FurniturePrefixes =
    [
        "also read", "read also", "read more", "read:", "also see", "see also", "related:", "related |", "watch:",
        "watch |", "watch video", "also watch", "must read", "don't miss", "don’t miss", "recommended:",
        "share this", "follow us on", "follow us at", "follow our", "follow the latest", "join our", "join us on",
        "subscribe to", "sign up for", "sign up to", "get the latest", "download the", "click here",
        "photo:", "photo credit", "photograph:", "photos:", "image:", "image credit", "image source", "picture:",
        "file photo", "(photo", "(file photo", "(image", "(representational", "representational image",
        "caption:", "video:", "(with inputs from", "with inputs from", "(this story has not been edited",
        "this story has not been edited", "copyright ©", "© ", "all rights reserved", "(reporting by",
        "reporting by", "editing by", "(editing by", "additional reporting by", "first published",
        "published on", "updated on", "last updated", "for the latest news", "stay updated", "catch all the",
        "disclaimer:", "advertisement ", "note from the author", "a note from the author", "editor's note", "editor’s note",
        "if you value our", "please consider supporting", "support our journalism", "support independent journalism",
    ];

    // Characters a line must not keep as they are: controls, zero-width marks, surrogates, odd spaces.
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\u007F\u0085\u00A0\u00AD\u1680\u180E\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        + "\u200B\u200C\u200D\u2028\u2029\u202F\u205F\u3000\uFEFF");

    // The prefixes by their first letter: a line is compared only with those that start as it does.
    private static readonly FrozenDictionary<char, string[]> PrefixesByStart =
        FurniturePrefixes.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExactLookup =
        ExactFurniture.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Every furniture pattern starts with one of these; most paragraphs are ruled out by their first letter.
    private static readonly FrozenSet<char> FurnitureStarts =
        ExactFurniture.Concat(FurniturePrefixes).Select(p => p[0]).Append('r').Append('w').ToFrozenSet();

    public static string Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);

        // One pass over the lines into a pooled buffer: the result is the only string made.
        // A line break becomes at most a paragraph break ("\n\n"), so twice the input always fits.
        var output = ArrayPool<char>.Shared.Rent((2 * raw.Length) + 2);
        var line = ArrayPool<char>.Shared.Rent(Math.Min(raw.Length, 4096) + 1);
        try
        {
            var written = 0;
            var inParagraph = false;
            var start = 0;
            for (var i = 0; i <= raw.Length; i++)
            {
                var lineEnd = raw.AsSpan(i).IndexOfAny(LineBreaks);
                i = lineEnd < 0 ? raw.Length : i + lineEnd;
                var rawLine = raw.AsSpan(start, i - start);
                if (rawLine.Length >= line.Length)
                {
                    ArrayPool<char>.Shared.Return(line);
                    line = ArrayPool<char>.Shared.Rent(rawLine.Length + 1);
                }

                var length = NormalizeLine(rawLine, line);
                AddLine(line.AsSpan(0, length), output, ref written, ref inParagraph);
                if (i < raw.Length && raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }

            return new string(output, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(output);
            ArrayPool<char>.Shared.Return(line);
        }
    }

    public static bool IsFurniture(string line) => IsFurniture(line.AsSpan());

    private static void AddLine(ReadOnlySpan<char> line, char[] output, ref int written, ref bool inParagraph)
    {
        if (line.IsEmpty || IsFurniture(line))
        {
            inParagraph = false;
            return;
        }

        // A hard-wrapped line that stops mid-sentence continues into the next one.
        var separator = !inParagraph ? (written > 0 ? "\n\n" : string.Empty)
            : !EndsParagraph(output[written - 1]) && char.IsLower(line[0]) ? " "
            : "\n\n";
        separator.AsSpan().CopyTo(output.AsSpan(written));
        written += separator.Length;
        line.CopyTo(output.AsSpan(written));
        written += line.Length;
        inParagraph = true;
    }

    private static bool IsFurniture(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxFurnitureLength || line.Length == 0 || !FurnitureStarts.Contains(Ascii.ToLower(line[0])))
        {
            return false;
        }

        // Every pattern is short: the first few dozen characters decide, the rest need no lower-casing.
        var whole = line.Length <= PatternSpan;
        Span<char> buffer = stackalloc char[Math.Min(line.Length, PatternSpan)];
        Ascii.ToLower(line[..buffer.Length], buffer);
        ReadOnlySpan<char> lower = whole ? ((ReadOnlySpan<char>)buffer).TrimEnd(".:|»›> ") : buffer;
        if (whole && ExactLookup.Contains(lower))
        {
            return true;
        }

        // "Advertisement2" and "ADVERTISEMENT 3" are counters a CMS appends.
        if (lower.StartsWith("advertisement", StringComparison.Ordinal) && lower[13..].TrimStart(' ').IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return true;
        }

        if (!lower.IsEmpty && PrefixesByStart.TryGetValue(lower[0], out var prefixes))
        {
            foreach (var prefix in prefixes)
            {
                if (lower.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        // "Also read| …", "READ | …" and similar pipes are link boxes, whatever words come first.
        var pipe = lower.IndexOf('|');
        return pipe is > 0 and < 24 && lower[..pipe].Trim() is "also read" or "read" or "also see" or "watch" or "related" or "must read" or "read more" or "also watch";
    }

    // Writes the line into `buffer` with control and zero-width characters gone, lone surrogates replaced and
    // runs of white space collapsed to one space; returns its length.
    private static int NormalizeLine(ReadOnlySpan<char> line, char[] buffer)
    {
        // Most lines are ordinary prose: nothing to remove, no runs of spaces. Copy them whole.
        var trimmed = line.Trim();
        if (trimmed.IndexOfAny(Unusual) < 0 && trimmed.IndexOfAnyInRange('\u0000', '\u001F') < 0
            && trimmed.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && !trimmed.Contains("  ", StringComparison.Ordinal)
            && !trimmed.Contains("``", StringComparison.Ordinal) && !trimmed.Contains("''", StringComparison.Ordinal))
        {
            trimmed.CopyTo(buffer);
            return trimmed.Length;
        }

        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' || (char.IsControl(c) && c != '\t'))
            {
                continue;
            }

            // A lone surrogate cannot be stored or normalised; it becomes the replacement character.
            if ((char.IsHighSurrogate(c) && !(i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])))
                || (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(line[i - 1]))))
            {
                c = '\uFFFD';
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            // Wire archives write quotation marks as ``…'' or ''…'': one curly mark each, opening or closing by
            // where it stands, so they pair like any other.
            var wireMark = c is '`' or '\'' && i + 1 < line.Length && line[i + 1] == c;
            if (wireMark)
            {
                var opens = c == '`' || pendingSpace || length == 0 || buffer[length - 1] is '(' or '[' or '—' or '–' or '-';
                c = opens ? '“' : '”';
                i++;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return length;
    }

    private static bool EndsParagraph(char last) => last is '.' or '!' or '?' or ':' or '"' or '”' or '’' or '…' or ')' or ']';
}
