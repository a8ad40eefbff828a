using System.Collections.Frozen;

namespace NewsTracker.Core.Extraction.Tagging;

// The sentence a quote stands in: from the start of the sentence holding the quote's first character to the
// end of the one holding its last, never past a paragraph. For "“…,” the minister said as talks resumed."
// that is the attribution sentence; for a reported clause, the clause with its "X said". Computed from the
// cleaned body and the quote's offsets alone, so extraction and a re-tag of the stored quote see the same text.
public static class QuoteSentence
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles =
        "Mr Mrs Ms Dr St Gen Sen Rep Gov Lt Col Sgt Capt Prof Jr Sr Adm Maj Cmdr Rev".Split(' ')
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A sentence longer than this is a list or a run-on paragraph: the context stops here, which also keeps
    // the work per quote bounded.
    public const int MaxReach = 400;

    public static string Around(string cleanBody, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(cleanBody);
        var range = Range(cleanBody, start, end);
        return cleanBody[range.Start..range.End];
    }

    // Where Around's sentence lies in the body, trimmed as string.Trim does: extraction reads it in place.
    internal static TextRange Range(string cleanBody, int start, int end)
    {
        start = Math.Clamp(start, 0, cleanBody.Length);
        end = Math.Clamp(end, start, cleanBody.Length);
        var from = start;
        var floor = Math.Max(0, start - MaxReach);
        while (from > floor && !EndsSentence(cleanBody, from))
        {
            from--;
        }

        var to = end;
        var ceiling = Math.Min(cleanBody.Length, end + MaxReach);
        while (to < ceiling && !EndsSentence(cleanBody, to))
        {
            to++;
        }

        while (from < to && char.IsWhiteSpace(cleanBody[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(cleanBody[to - 1]))
        {
            to--;
        }

        return new TextRange(from, to);
    }

    // Whether a sentence ends just before position i: a line break, or ". ", "? ", "! " (closing quotation
    // marks and brackets may follow the stop) before a word that does not start in lower case. "Mr. Smith" and
    // "U.S. officials" are not ends: a stop after one capital letter or a short title is an abbreviation.
    private static bool EndsSentence(string text, int i)
    {
        if (i == 0 || text[i - 1] is '\n' or '\r')
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[i - 1]))
        {
            return false;
        }

        var stop = i - 2;
        while (stop >= 0 && text[stop] is '"' or '”' or '’' or '\'' or ')' or ']')
        {
            stop--;
        }

        if (stop < 0 || text[stop] is not ('.' or '?' or '!'))
        {
            return false;
        }

        var next = i;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next < text.Length && char.IsLower(text[next]))
        {
            return false;
        }

        return text[stop] != '.' || !IsAbbreviation(text, stop);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && dot - wordStart < 6 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        return (word.Length == 1 && char.IsUpper(word[0]))
            || (wordStart > 0 && text[wordStart - 1] == '.')
            || Titles.Contains(word);
    }

}
