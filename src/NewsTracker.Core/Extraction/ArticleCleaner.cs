using System.Collections.Frozen;
using System.Text;

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
        "disclaimer:", "advertisement ",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExactLookup =
        ExactFurniture.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Every furniture pattern starts with one of these; most paragraphs are ruled out by their first letter.
    private static readonly FrozenSet<char> FurnitureStarts =
        ExactFurniture.Concat(FurniturePrefixes).Select(p => p[0]).Append('r').Append('w').ToFrozenSet();

    public static string Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var output = new StringBuilder(raw.Length);
        var paragraph = new StringBuilder(256);
        var line = new StringBuilder(256);
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i < raw.Length && raw[i] is not ('\n' or '\r' or '\u2028' or '\u2029' or '\u0085'))
            {
                continue;
            }

            AddLine(raw.AsSpan(start, i - start), line, paragraph, output);
            if (i < raw.Length && raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        Flush(paragraph, output);
        return output.ToString();
    }

    public static bool IsFurniture(string line) => IsFurniture(line.AsSpan());

    private static void AddLine(ReadOnlySpan<char> rawLine, StringBuilder line, StringBuilder paragraph, StringBuilder output)
    {
        NormalizeLine(rawLine, line);
        if (line.Length == 0 || IsFurniture(line))
        {
            Flush(paragraph, output);
            return;
        }

        // A hard-wrapped line that stops mid-sentence continues into the next one.
        if (paragraph.Length > 0 && !EndsParagraph(paragraph) && char.IsLower(line[0]))
        {
            paragraph.Append(' ').Append(line);
            return;
        }

        Flush(paragraph, output);
        paragraph.Append(line);
    }

    private static bool IsFurniture(StringBuilder line)
    {
        if (line.Length > MaxFurnitureLength || line.Length == 0)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[line.Length];
        line.CopyTo(0, buffer, line.Length);
        return IsFurniture(buffer);
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

        foreach (var prefix in FurniturePrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "Also read| …", "READ | …" and similar pipes are link boxes, whatever words come first.
        var pipe = lower.IndexOf('|');
        return pipe is > 0 and < 24 && lower[..pipe].Trim() is "also read" or "read" or "also see" or "watch" or "related" or "must read" or "read more" or "also watch";
    }

    private static void NormalizeLine(ReadOnlySpan<char> line, StringBuilder builder)
    {
        builder.Clear();
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
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }
    }

    private static bool EndsParagraph(StringBuilder current)
    {
        var last = current[^1];
        return last is '.' or '!' or '?' or ':' or '"' or '”' or '’' or '…' or ')' or ']';
    }

    private static void Flush(StringBuilder paragraph, StringBuilder output)
    {
        if (paragraph.Length > 0)
        {
            if (output.Length > 0)
            {
                output.Append("\n\n");
            }

            output.Append(paragraph);
            paragraph.Clear();
        }
    }
}
