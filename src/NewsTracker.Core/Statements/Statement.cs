using NewsTracker.Core.Actors;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

// One thing a speaker said, however many articles reported it.
public sealed class Statement
{
    public int Id { get; set; }
    public int? SpeakerId { get; set; }
    public Actor? Speaker { get; set; }

    // The longest reported form: a shorter excerpt joins its longer original.
    public required string Text { get; set; }
    // TextFingerprint.Key of the text's words: eight bytes, not 64 hex characters, in the index the import
    // writes at random (docs/performance.md).
    public required long Fingerprint { get; set; }
    public DateTime FirstReportedUtc { get; set; }

    // Distinct articles that carried the statement (one article can report it twice: a fragment and its clause).
    public int ArticleCount { get; set; }

    // Set when an editor marks the statement as a change of the speaker's position.
    public PositionChange? PositionChange { get; set; }

    public List<Quote> Reports { get; } = [];
    public List<StatementShingle> Shingles { get; } = [];
}
