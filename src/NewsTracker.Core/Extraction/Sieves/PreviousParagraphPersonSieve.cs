namespace NewsTracker.Core.Extraction.Sieves;

// Feature copy: "Asked what she would do next, Quist does not hesitate.¶“…”" — a quote that opens its paragraph,
// with nothing to attribute it, belongs to the one person the last sentence of the paragraph before names, when that
// sentence quotes nothing and names nobody else.
internal sealed class PreviousParagraphPersonSieve : IInheritanceSieve
{
    public const string Rule = "previous-paragraph-person";

    public string Name => Rule;

    public bool TrySettle(InheritanceContext context)
    {
        if (context.Paragraph == 0 || !context.OpensParagraph || OnlyPerson(context.Analysis, context.Paragraph - 1) is not { } mention)
        {
            return false;
        }

        context.Take(PreviousSentenceSubjectSieve.Of(mention, Rule));
        return true;
    }

    private static MentionOfPerson? OnlyPerson(ArticleAnalysis a, int paragraph)
    {
        var range = a.Document.Paragraphs[paragraph];
        var last = a.Document.TokenIndexAt(range.End) - 1;
        if (last < 0 || a.Tokens[last].Start < range.Start)
        {
            return null;
        }

        var sentence = a.SentenceOf(last);
        for (var k = last; k >= 0 && a.SentenceOf(k) == sentence; k--)
        {
            if (a.InsideQuote(k) || (a.Tokens[k].Kind == TokenKind.Punct && QuoteMarks.IsMark(a.Text[a.Tokens[k].Start])))
            {
                return null;
            }
        }

        return a.People.OnlyPersonIn(sentence);
    }
}
