namespace NewsTracker.Core.Extraction.Sieves;

// Feature copy: "The old admiral was less diplomatic.¶“Nobody here …”" — a quote that opens its paragraph belongs to the
// person a short lead-in paragraph just before it is about: its subject, named, described or a pronoun ("Quist was
// blunt.", "The old admiral was less diplomatic.", "She was unmoved."). The phrase is resolved like any speaker phrase.
internal sealed class LeadInParagraphSieve : IInheritanceSieve
{
    public const string Rule = "lead-in-paragraph";

    // One short sentence: a longer paragraph is narration, not a lead-in.
    private const int MaxLeadInTokens = 16;

    public string Name => Rule;

    public bool TrySettle(InheritanceContext context)
    {
        if (context.Paragraph == 0 || !context.OpensParagraph || Subject(context.Analysis, context.Paragraph - 1) is not { } phrase)
        {
            return false;
        }

        context.Take(new Attribution(phrase, Rule, phrase.StartToken));
        return true;
    }

    private static SpeakerPhrase? Subject(ArticleAnalysis a, int paragraph)
    {
        var lead = a.Document.Paragraphs[paragraph];
        var first = a.Document.TokenIndexAt(lead.Start);
        var end = a.Document.TokenIndexAt(lead.End);
        if (end - first < 3 || end - first > MaxLeadInTokens || !a.Tokens[end - 1].Is(a.Text, '.')
            || a.SentenceOf(first) != a.SentenceOf(end - 1))
        {
            return null;
        }

        for (var k = first; k < end; k++)
        {
            if (a.InsideQuote(k) || a.Tokens[k].Kind == TokenKind.Punct && a.Text[a.Tokens[k].Start] is '"' or '“' or '”' or '\'' or '‘' or '’')
            {
                return null;
            }
        }

        return SpeakerPhraseParser.After(a, first, end - 1) is { Form: SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Pronoun } phrase
            && !phrase.IsIndefinite && phrase.EndToken < end - 1
            ? phrase
            : null;
    }
}
