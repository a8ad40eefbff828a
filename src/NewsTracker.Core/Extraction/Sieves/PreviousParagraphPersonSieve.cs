namespace NewsTracker.Core.Extraction.Sieves;

// Feature copy: "Asked what she would do next, Quist does not hesitate.¶“…”" — a quote that opens its paragraph,
// with nothing to attribute it, belongs to the one person the last sentence of the paragraph before names, when that
// sentence quotes nothing and names nobody else; when it names nobody, to the one its "she" or "her" stands for
// ("What keeps her awake is the road.¶“…”").
internal sealed class PreviousParagraphPersonSieve : IInheritanceSieve
{
    public const string Rule = "previous-paragraph-person";

    public string Name => Rule;

    public bool TrySettle(InheritanceContext context)
    {
        if (context.Paragraph == 0 || !context.OpensParagraph || OnlyPerson(context.Analysis, context.Paragraph - 1) is not { } person)
        {
            return false;
        }

        context.Take(person);
        return true;
    }

    private static Attribution? OnlyPerson(ArticleAnalysis a, int paragraph)
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

        if (a.People.OnlyPersonIn(sentence) is { } mention)
        {
            return PreviousSentenceSubjectSieve.Of(mention, Rule);
        }

        return a.People.NamesNobodyIn(sentence) ? PreviousSentenceSubjectSieve.Described(a, sentence, last + 1, Rule) : null;
    }
}
