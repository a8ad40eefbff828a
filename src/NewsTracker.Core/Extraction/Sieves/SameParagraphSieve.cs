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

        // The earlier first, else the first after it.
        var source = context.AttributedBefore(context.Paragraph) ?? attributed.First(x => x.OpenMark > context.Span.OpenMark).Candidate;
        context.InheritFrom(source, Name);
        return true;
    }
}
