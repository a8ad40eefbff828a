using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Statements;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Quotes;

public sealed class Quote
{
    public const int TextMaxLength = 8_000;
    public const int SpeakerAsWrittenMaxLength = 200;
    public const int AttributionRuleMaxLength = 100;
    public const int SourceDescriptionMaxLength = 200;
    public const int SourceAffiliationMaxLength = 200;

    // A value as stored: cut to its column's length.
    public static string Stored(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength];

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public required string Text { get; set; }
    public QuoteKind Kind { get; set; }
    public int? SpeakerId { get; set; }
    public Actor? Speaker { get; set; }
    public string? SpeakerAsWritten { get; set; }

    // An unnamed source the article described instead of naming a speaker: "a senior US official", with the
    // affiliation it gave ("United States"). Only shown while the quote has no speaker.
    public string? SourceDescription { get; set; }
    public string? SourceAffiliation { get; set; }

    // The article's published date, or ReportedDate.Undated: copied here so date filters and the newest-first
    // order read one index instead of joining every quote to its article.
    public DateTime ReportedUtc { get; set; }

    // Character offsets into Article.CleanBody: [StartOffset, EndOffset).
    public int StartOffset { get; set; }
    public int EndOffset { get; set; }

    public double Confidence { get; set; }
    public string? AttributionRule { get; set; }

    public List<Actor> Actors { get; } = [];
    public List<Topic> Topics { get; } = [];
}
