namespace NewsTracker.Core.Extraction;

// Pairs quotation marks into spans, paragraph by paragraph, in one pass:
// - double marks of any shape, with an extra mark right after an opening one absorbed (“"NATO's door…”);
// - a quote left open at a paragraph end continues when the next paragraph reopens it;
// - single marks act as quotation marks only outside double quotes and never as apostrophes.
internal static class QuoteMarkPairer
{
    public static List<QuoteSpan> Pair(ArticleDocument doc)
    {
        var text = doc.Text;
        var spans = new List<QuoteSpan>();
        QuoteSpan? open = null;
        var partStart = 0;
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var (ps, pe) = (doc.Paragraphs[p].Start, doc.Paragraphs[p].End);
            var i = ps;
            if (open is not null)
            {
                // Continuation: skip the reopening mark(s).
                while (i < pe && (QuoteMarks.IsMark(text[i]) || char.IsWhiteSpace(text[i])))
                {
                    i++;
                }

                partStart = i;
            }

            List<int>? singleCloses = null;
            var nextDouble = -1;
            for (; i < pe; i++)
            {
                // Jump straight to the next quotation mark: prose between marks needs no look.
                var next = text.AsSpan(i, pe - i).IndexOfAny(QuoteMarks.All);
                if (next < 0)
                {
                    break;
                }

                i += next;
                var c = text[i];
                if (open is { IsSingleMarked: true })
                {
                    // A single-marked quote running over paragraphs closes on a single mark; double marks inside it
                    // are a quotation it quotes.
                    if (QuoteMarks.IsSingle(c) && QuoteMarks.SingleRole(text, i, ps, pe) == MarkRole.Close)
                    {
                        EndPart(doc, open, partStart, i);
                        open.CloseMark = i;
                        spans.Add(open);
                        open = null;
                    }

                    continue;
                }

                if (QuoteMarks.IsDouble(c))
                {
                    var role = QuoteMarks.DoubleRole(text, i, ps, pe);
                    if (open is not null && ((c == '“' && text[open.OpenMark] == '„') || (c == '«' && text[open.OpenMark] == '»')))
                    {
                        // German and Baltic style: „…“; Central European and Nordic: »…«.
                        role = MarkRole.Close;
                    }

                    if (open is null)
                    {
                        if (role != MarkRole.Close)
                        {
                            open = new QuoteSpan { OpenMark = i };
                            partStart = i + 1;
                        }
                    }
                    else if (role == MarkRole.Open && i > partStart && !OnlyMarksBetween(text, partStart, i))
                    {
                        // An opening mark inside an open quote: the earlier one was never closed.
                        EndPart(doc, open, partStart, i);
                        spans.Add(open);
                        open = new QuoteSpan { OpenMark = i };
                        partStart = i + 1;
                    }
                    else if (role == MarkRole.Open || (i == partStart && role == MarkRole.Either))
                    {
                        partStart = i + 1;
                    }
                    else
                    {
                        EndPart(doc, open, partStart, i);
                        open.CloseMark = i;
                        spans.Add(open);
                        open = null;
                    }

                    continue;
                }

                if (open is null && QuoteMarks.IsSingle(c) && QuoteMarks.SingleRole(text, i, ps, pe) == MarkRole.Open)
                {
                    if (nextDouble < i)
                    {
                        nextDouble = NextDouble(text, i + 1, pe);
                    }

                    singleCloses ??= SingleCloses(text, ps, pe);
                    var close = FirstAfter(singleCloses, i + 1);
                    if (close > i + 1 && (close < nextDouble || BalancedDoubles(text, i + 1, close)))
                    {
                        var span = new QuoteSpan { OpenMark = i, CloseMark = close, IsSingleMarked = true };
                        EndPart(doc, span, i + 1, close);
                        spans.Add(span);
                        i = close;
                    }
                    else if (close < 0 && i == ps && p + 1 < doc.Paragraphs.Count && text[doc.Paragraphs[p + 1].Start] == c)
                    {
                        // "'The quay reopens on Friday … ¶ 'The ferries follow in March.'": a quote opening a paragraph with no close
                        // in it, and the next paragraph reopening with the same mark, runs on, as with double marks.
                        open = new QuoteSpan { OpenMark = i, IsSingleMarked = true };
                        partStart = i + 1;
                    }
                }
            }

            if (open is not null)
            {
                EndPart(doc, open, partStart, pe);
                if (!(p + 1 < doc.Paragraphs.Count && Reopens(text, doc.Paragraphs[p + 1])))
                {
                    spans.Add(open);
                    open = null;
                }
            }
        }

        return spans;
    }

    private static bool Reopens(string text, TextRange paragraph)
    {
        var first = text[paragraph.Start];
        return first is '“' or '"' or '„' or '«' or '»' or '‘' or '\'';
    }

    private static bool OnlyMarksBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!QuoteMarks.IsMark(text[i]) && !char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void EndPart(ArticleDocument doc, QuoteSpan span, int start, int end)
    {
        var range = doc.Trim(start, end);
        if (range.Length > 0)
        {
            span.Parts.Add(range);
        }
        else if (span.Parts.Count == 0)
        {
            span.Parts.Add(new TextRange(start, start));
        }
    }

    private static List<int> SingleCloses(string text, int ps, int pe)
    {
        var closes = new List<int>();
        for (var i = ps; i < pe; i++)
        {
            if (text[i] is '’' or '\'' or '›' && QuoteMarks.SingleRole(text, i, ps, pe) == MarkRole.Close)
            {
                closes.Add(i);
            }
        }

        return closes;
    }

    private static int FirstAfter(List<int> positions, int from)
    {
        var index = positions.BinarySearch(from);
        if (index < 0)
        {
            index = ~index;
        }

        return index < positions.Count ? positions[index] : -1;
    }

    // ‘If they call it “a routine drill”, nobody believes…’: double marks nested in a single-quoted
    // quotation pair up inside it.
    private static bool BalancedDoubles(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] is '“' or '„' or '«')
            {
                depth++;
            }
            else if (text[i] is '”' or '»')
            {
                if (--depth < 0)
                {
                    return false;
                }
            }
            else if (text[i] == '"')
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static int NextDouble(string text, int from, int pe)
    {
        for (var i = from; i < pe; i++)
        {
            if (QuoteMarks.IsDouble(text[i]))
            {
                return i;
            }
        }

        return pe;
    }
}
