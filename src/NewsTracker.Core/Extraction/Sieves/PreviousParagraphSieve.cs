namespace NewsTracker.Core.Extraction.Sieves;

// Interview and feature copy: a quote that opens its paragraph ("On the budget: “…”") without a speaker
// carries on the speaker of the paragraph before, when nobody else was named in between.
internal sealed class PreviousParagraphSieve : IInheritanceSieve
{
    public string Name => SieveConfidence.PreviousParagraph;

    public bool TrySettle(InheritanceContext context)
    {
        if (context.Paragraph == 0 || !context.OpensParagraph
            || !context.AttributedByParagraph.TryGetValue(context.Paragraph - 1, out var previous))
        {
            return false;
        }

        context.InheritFrom(previous[^1].Candidate, Name);
        return true;
    }
}
