namespace NewsTracker.Core.Extraction;

internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;
}

// The cleaned body read once: paragraphs, tokens, and later the quotations found in it.
internal sealed class ArticleDocument
{
    public ArticleDocument(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var paragraphs = new List<TextRange>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                paragraphs.Add(new TextRange(start, end));
            }

            start = end + 2;
        }

        Paragraphs = paragraphs;
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<TextRange> Paragraphs { get; }

    // Index of the first token starting at or after position.
    public int TokenIndexAt(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public int ParagraphIndexAt(int position)
    {
        int lo = 0, hi = Paragraphs.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Paragraphs[mid].Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    public TextRange TrimClause(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is '.' or ',' or ';' or ':'))
        {
            end--;
        }

        return new TextRange(start, end);
    }

    public TextRange Trim(int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(Text[start]) || QuoteMarks.IsMark(Text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is ',' or ';' or '-' or '—' or '–' || QuoteMarks.IsDouble(Text[end - 1])))
        {
            end--;
        }

        return new TextRange(start, end);
    }
}
