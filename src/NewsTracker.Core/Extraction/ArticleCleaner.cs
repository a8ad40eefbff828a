using System.Text;

namespace NewsTracker.Core.Extraction;

// Removes page furniture ("Advertisement", "Also read| …", share prompts, photo credits, newsletter
// prompts) and normalises whitespace. Paragraphs come out separated by one blank line; every offset the
// extractor reports points into this cleaned text, so nothing after cleaning rewrites it.
public static class ArticleCleaner
{
    private const int MaxFurnitureLength = 200;

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

    public static string Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in SplitLines(raw))
        {
            var line = NormalizeLine(rawLine);
            if (line.Length == 0)
            {
                Flush(paragraphs, current);
                continue;
            }

            if (IsFurniture(line))
            {
                Flush(paragraphs, current);
                continue;
            }

            // A hard-wrapped line that stops mid-sentence continues into the next one.
            if (current.Length > 0 && !EndsParagraph(current) && char.IsLower(line[0]))
            {
                current.Append(' ').Append(line);
                continue;
            }

            Flush(paragraphs, current);
            current.Append(line);
        }

        Flush(paragraphs, current);
        return string.Join("\n\n", paragraphs);
    }

    public static bool IsFurniture(string line)
    {
        if (line.Length > MaxFurnitureLength)
        {
            return false;
        }

        var lower = line.ToLowerInvariant().TrimEnd('.', ':', '|', ' ', '»', '›', '>');
        foreach (var exact in ExactFurniture)
        {
            if (lower == exact)
            {
                return true;
            }
        }

        // "Advertisement2" and "ADVERTISEMENT 3" are counters a CMS appends.
        if (lower.StartsWith("advertisement", StringComparison.Ordinal) && lower[13..].All(c => char.IsDigit(c) || c == ' '))
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
        var pipe = lower.IndexOf('|', StringComparison.Ordinal);
        return pipe is > 0 and < 24 && lower[..pipe].Trim() is "also read" or "read" or "also see" or "watch" or "related" or "must read" or "read more" or "also watch";
    }

    private static IEnumerable<string> SplitLines(string raw)
    {
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                yield return raw[start..i];
                if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        yield return raw[start..];
    }

    private static string NormalizeLine(string line)
    {
        var builder = new StringBuilder(line.Length);
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

        return builder.ToString();
    }

    private static bool EndsParagraph(StringBuilder current)
    {
        var last = current[^1];
        return last is '.' or '!' or '?' or ':' or '"' or '”' or '’' or '…' or ')' or ']';
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }
}
