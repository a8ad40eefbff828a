namespace NewsTracker.Core.Extraction.Sieves;

// A paragraph usually has one speaker: the nearest attributed quote of the paragraph, the earlier first.
internal sealed class SameParagraphSieve : IInheritanceSieve
{
    public string Name => SieveConfidence.SameParagraph;

    public bool TrySettle(InheritanceContext context)
    {
        if (!context.AttributedByParagraph.TryGetValue(context.Paragraph, out var attributed))
        {
            return false;
        }

        context.InheritFrom(EarlierOrLater(attributed, context.Span.OpenMark), Name);
        return true;
    }

    private static QuoteCandidate EarlierOrLater(List<(int OpenMark, QuoteCandidate Candidate)> attributed, int open)
    {
        for (var i = attributed.Count - 1; i >= 0; i--)
        {
            if (attributed[i].OpenMark < open)
            {
                return attributed[i].Candidate;
            }
        }

        return attributed.First(x => x.OpenMark > open).Candidate;
    }
}
