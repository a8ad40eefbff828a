using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Corrections;

// An editor's correction to one quote of one article, kept apart from the quotes themselves so it can be
// applied again after every extraction of the article: the quotes are always "what the extractor finds, then
// every correction in order". The quote's text is the anchor (offsets only say where to look first), so a
// correction follows its quote through edits of the body, and stops applying once the text is gone.
public sealed class QuoteCorrection
{
    public const int CreatedByMaxLength = 256;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public QuoteCorrectionKind Kind { get; set; }

    // The quote's text when it was corrected (for an added quote: the passage the editor marked).
    public required string QuoteText { get; set; }

    // Where the text was in the cleaned body, so a text printed twice is found at the right place.
    public int StartOffset { get; set; }
    public int EndOffset { get; set; }

    // The speaker chosen (SpeakerChanged, Added), or the speaker the quote had (KindChanged, Rejected), so a
    // corrected quote the extractor no longer finds can be restored as it was; null: speaker not identified.
    public int? SpeakerId { get; set; }

    // The kind chosen (KindChanged, Added), or the kind the quote had.
    public QuoteKind QuoteKind { get; set; }

    // The quote's id when it was corrected: a quote dropped and restored, or found again, keeps its id.
    public int? QuoteId { get; set; }

    public DateTime CreatedUtc { get; set; }
    public required string CreatedBy { get; set; }
    public string? CreatedByUserId { get; set; }
}

public enum QuoteCorrectionKind
{
    SpeakerChanged = 1,
    KindChanged = 2,
    Rejected = 3,
    Added = 4,
}
