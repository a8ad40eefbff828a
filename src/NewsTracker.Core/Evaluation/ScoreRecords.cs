using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Evaluation;

// Gold = scored gold quotes, Found = gold quotes at least 80% covered (true positives for recall);
// Predicted = scored predictions, Right = predictions at least 80% inside gold (the rest are false positives).
public sealed record KindScore(QuoteKind Kind, int Gold, int Found, int Predicted, int Right)
{
    public int Missed => Gold - Found;

    public int Wrong => Predicted - Right;

    // With nothing predicted no false claim was made; with no gold nothing could be missed.
    public double Precision => Predicted == 0 ? 1.0 : (double)Right / Predicted;

    public double Recall => Gold == 0 ? 1.0 : (double)Found / Gold;

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public static KindScore operator +(KindScore left, KindScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new KindScore(left.Kind, left.Gold + right.Gold, left.Found + right.Found, left.Predicted + right.Predicted, left.Right + right.Right);
    }

    public static KindScore Add(KindScore left, KindScore right) => left + right;
}

public sealed record SpeakerScore(int Correct, int Total)
{
    public double? Accuracy => Total == 0 ? null : (double)Correct / Total;

    public static SpeakerScore operator +(SpeakerScore left, SpeakerScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new SpeakerScore(left.Correct + right.Correct, left.Total + right.Total);
    }

    public static SpeakerScore Add(SpeakerScore left, SpeakerScore right) => left + right;
}

public sealed record MissedQuote(string Text, QuoteKind Kind, string? Speaker, double Coverage);

public sealed record FalsePositive(string Text, QuoteKind Kind, string? Speaker, double Coverage);

public sealed record WrongSpeaker(
    string Text, string? GoldSpeaker, string? PredictedSpeaker, string? PredictedAsWritten, string PredictedRule, QuoteKind Kind = QuoteKind.Direct);

public sealed record FurnitureHit(string Text, QuoteKind Kind, string Furniture);

public sealed record ArticleScore(
    string Name,
    KindScore Direct,
    KindScore Indirect,
    SpeakerScore Speakers,
    IReadOnlyList<MissedQuote> Missed,
    IReadOnlyList<FalsePositive> FalsePositives,
    IReadOnlyList<WrongSpeaker> WrongSpeakers,
    IReadOnlyList<FurnitureHit> Furniture,
    IReadOnlyList<SieveScore> Sieves)
{
    // Speakers and per-sieve precision on found reported quotes (Speakers and Sieves are the direct ones).
    public SpeakerScore ReportedSpeakers { get; init; } = new(0, 0);

    public IReadOnlyList<SieveScore> ReportedSieves { get; init; } = [];
}

public sealed record EvaluationReport(
    IReadOnlyList<ArticleScore> Articles,
    KindScore Direct,
    KindScore Indirect,
    SpeakerScore Speakers,
    IReadOnlyList<FurnitureHit> Furniture,
    IReadOnlyList<SieveScore> Sieves)
{
    public bool FurnitureFree => Furniture.Count == 0;

    public SpeakerScore ReportedSpeakers { get; init; } = new(0, 0);

    public IReadOnlyList<SieveScore> ReportedSieves { get; init; } = [];

    public static EvaluationReport Combine(IReadOnlyList<ArticleScore> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var direct = new KindScore(QuoteKind.Direct, 0, 0, 0, 0);
        var indirect = new KindScore(QuoteKind.Indirect, 0, 0, 0, 0);
        var speakers = new SpeakerScore(0, 0);
        var reportedSpeakers = new SpeakerScore(0, 0);
        foreach (var article in articles)
        {
            direct += article.Direct;
            indirect += article.Indirect;
            speakers += article.Speakers;
            reportedSpeakers += article.ReportedSpeakers;
        }

        return new EvaluationReport(
            articles, direct, indirect, speakers, articles.SelectMany(a => a.Furniture).ToList(), SieveTally.Combine(articles.Select(a => a.Sieves)))
        {
            ReportedSpeakers = reportedSpeakers,
            ReportedSieves = SieveTally.Combine(articles.Select(a => a.ReportedSieves)),
        };
    }
}
