using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

// One report in the order the statement travelled. Wording 0 is the fullest; n is Wordings[n - 1].
public sealed record ProvenanceReport(int QuoteId, string Text, QuoteKind Kind, ArticleRef Article, DateTime ReportedUtc, int Wording)
{
    public bool Undated => Articles.ReportedDate.IsUndated(ReportedUtc);
}

// A wording some reports used other than the fullest, against the fullest: what they left out, what they added.
public sealed record WordingVariant(int Number, string Text, IReadOnlyList<DiffPiece> AgainstFullest, int ReportCount);

// Who said it first and who reprinted it: the first report, every later one in order (undated ones last),
// and each other wording against the fullest.
public sealed record StatementProvenance(
    int Id,
    string Fullest,
    SpeakerRef? Speaker,
    DateTime FirstReportedUtc,
    int ArticleCount,
    int OutletCount,
    PositionMark? Change,
    ProvenanceReport? FirstReport,
    IReadOnlyList<ProvenanceReport> LaterReports,
    IReadOnlyList<WordingVariant> Wordings);
