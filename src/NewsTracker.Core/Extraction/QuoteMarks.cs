namespace NewsTracker.Core.Extraction;

internal enum MarkRole : byte
{
    None,
    Open,
    Close,
    Either,
}

// Classifies quotation marks by their shape and, for straight marks, by the characters around them.
internal static class QuoteMarks
{
    public static readonly System.Buffers.SearchValues<char> All = System.Buffers.SearchValues.Create("\"“”„«»‟″‘’'‚‹›‛");

    public static bool IsDouble(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‟' or '″';

    public static bool IsSingle(char c) => c is '‘' or '’' or '\'' or '‚' or '‹' or '›' or '‛';

    public static bool IsMark(char c) => IsDouble(c) || IsSingle(c);

    public static MarkRole DoubleRole(string text, int i, int paragraphStart, int paragraphEnd)
    {
        var c = text[i];
        var before = i > paragraphStart ? text[i - 1] : ' ';
        var after = i + 1 < paragraphEnd ? text[i + 1] : ' ';
        switch (c)
        {
            case '“' or '„' or '«' or '‟':
                return MarkRole.Open;
            case '»':
                // »…« (Central European and Nordic style): the mark opens where a word follows it after a space.
                return (char.IsWhiteSpace(before) || before is '(' or '—' or '–' or ':') && (char.IsLetterOrDigit(after) || after is '…')
                    ? MarkRole.Open
                    : MarkRole.Close;
            case '”':
                return MarkRole.Close;
        }

        var opensLike = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' || IsMark(before);
        var closesLike = char.IsWhiteSpace(after) || char.IsPunctuation(after) || IsMark(after);
        if (opensLike && !char.IsWhiteSpace(after))
        {
            return MarkRole.Open;
        }

        if (closesLike && !char.IsWhiteSpace(before))
        {
            return MarkRole.Close;
        }

        return MarkRole.Either;
    }

    // A single mark opens a quotation only where it cannot be an apostrophe: not after a letter or digit.
    public static MarkRole SingleRole(string text, int i, int paragraphStart, int paragraphEnd)
    {
        var c = text[i];
        var before = i > paragraphStart ? text[i - 1] : ' ';
        var after = i + 1 < paragraphEnd ? text[i + 1] : ' ';
        if (c is '‘' or '‚' or '‹' or '‛' or '\'' && !char.IsLetterOrDigit(before) && (char.IsLetter(after) || IsDouble(after) || after is '…' or '.'))
        {
            // ’90s and 'em are elisions, not openings.
            return c == '\'' && char.IsDigit(after) ? MarkRole.None : MarkRole.Open;
        }

        if (c is '’' or '\'' or '›' && !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after))
        {
            return MarkRole.Close;
        }

        return MarkRole.None;
    }
}
