namespace NewsTracker.Core.Extraction;

// One quotation as the marks delimit it: one part per paragraph it runs over, or per piece when the
// attribution splits it ("We are ready," she said, "but not at any price.").
internal sealed class QuoteSpan
{
    public List<TextRange> Parts { get; } = new(1);

    public int OpenMark { get; set; }

    // Index of the closing mark, or -1 when the paragraph ended without one.
    public int CloseMark { get; set; } = -1;

    public bool IsSingleMarked { get; init; }

    public int Start => Parts[0].Start;

    public int End => Parts[^1].End;

    public int OuterEnd => CloseMark >= 0 ? CloseMark + 1 : Parts[^1].End;

    public int WordCount { get; set; }

    public bool Rejected { get; set; }

    public Attribution? Attribution { get; set; }

    // Set when this span continues the statement of an earlier span (split quote).
    public QuoteSpan? MergedInto { get; set; }

    public string JoinedText(string text) =>
        Parts.Count == 1 ? text[Parts[0].Start..Parts[0].End] : string.Join(' ', Parts.Select(p => text[p.Start..p.End]));
}
