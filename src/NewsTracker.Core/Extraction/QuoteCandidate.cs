using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Extraction;

// A quotation found but not yet resolved: its text ranges, and either its own attribution or the
// candidate it takes its speaker from (a split quote, a paragraph whose attribution is elsewhere).
internal sealed class QuoteCandidate(QuoteKind kind, List<TextRange> parts, int position)
{
    public QuoteKind Kind { get; } = kind;

    public List<TextRange> Parts { get; } = parts;

    // Token index where the speaker is named (or the quote starts): resolution runs in this order.
    public int Position { get; set; } = position;

    public Attribution? Attribution { get; set; }

    public QuoteCandidate? InheritFrom { get; set; }

    public string? InheritRule { get; set; }

    public ResolvedSpeaker? Resolved { get; set; }

    // Resolved for its speaker but not reported: a quote too short to count.
    public bool Hidden { get; init; }

    public int Start => Parts[0].Start;

    public int End => Parts[^1].End;
}
