namespace NewsTracker.Core.Extraction.Sieves;

// A direct quote without its own attribution, the quotes of the article already attributed (by paragraph),
// and what the inheritance sieves ask about its place in the paragraph.
internal sealed class InheritanceContext(
    ArticleAnalysis analysis,
    QuoteSpan span,
    QuoteCandidate candidate,
    Dictionary<int, List<(int OpenMark, QuoteCandidate Candidate)>> attributedByParagraph)
{
    private bool? _opensParagraph;

    public ArticleAnalysis Analysis { get; } = analysis;

    public QuoteSpan Span { get; } = span;

    public QuoteCandidate Candidate { get; } = candidate;

    public Dictionary<int, List<(int OpenMark, QuoteCandidate Candidate)>> AttributedByParagraph { get; } = attributedByParagraph;

    public int Paragraph { get; } = analysis.Document.ParagraphIndexAt(span.OpenMark);

    // The quote opens its paragraph, after at most a short topic header ("On the budget:").
    public bool OpensParagraph => _opensParagraph ??= FindOpensParagraph();

    // The last quote of `paragraph` attributed before this one opens; null when there is none.
    public QuoteCandidate? AttributedBefore(int paragraph)
    {
        if (AttributedByParagraph.TryGetValue(paragraph, out var attributed))
        {
            for (var i = attributed.Count - 1; i >= 0; i--)
            {
                if (attributed[i].OpenMark < Span.OpenMark)
                {
                    return attributed[i].Candidate;
                }
            }
        }

        return null;
    }

    public void Take(Attribution attribution)
    {
        Candidate.Attribution = attribution;
        Candidate.Position = attribution.VerbToken;
    }

    public void InheritFrom(QuoteCandidate source, string sieve)
    {
        Candidate.InheritFrom = source;
        Candidate.InheritRule = sieve;
    }

    private bool FindOpensParagraph()
    {
        var a = Analysis;
        var paragraph = a.Document.Paragraphs[Paragraph];
        var first = a.Document.TokenIndexAt(paragraph.Start);
        var open = a.Document.TokenIndexAt(Span.OpenMark);
        for (var k = first; k < open; k++)
        {
            if (open - first > 6 || (a.Tokens[k].IsCapitalized(a.Text) && a.People.FindSurname(a.Tokens[k].Span(a.Text)).Count > 0))
            {
                return false;
            }
        }

        return open == first || a.Tokens[open - 1].Is(a.Text, ':');
    }
}
