using NewsTracker.Core.Audit;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Corrections;

internal static class StoredCorrections
{
    // A correction as a row, once its quotes are stored: a speaker created under a new name is known by id now,
    // and the quote it applies to by its id.
    public static QuoteCorrection Row(CorrectionOutcome outcome, int articleId, IEnumerable<Quote> quotes, Editor editor, DateTime nowUtc)
    {
        var rule = outcome.Rule;
        var quote = quotes.FirstOrDefault(q => string.Equals(q.Text, rule.Text, StringComparison.Ordinal));
        return new QuoteCorrection
        {
            ArticleId = articleId,
            Kind = rule.Kind,
            QuoteText = rule.Text,
            StartOffset = outcome.Start,
            EndOffset = outcome.End,
            QuoteKind = rule.QuoteKind,
            SpeakerId = rule.Speaker.ActorId ?? (rule.Speaker.NewName is null ? null : quote?.Speaker?.Id ?? quote?.SpeakerId),
            QuoteId = quote?.Id is { } id and not 0 ? id : rule.QuoteId,
            CreatedUtc = nowUtc,
            CreatedBy = editor.Label.Length <= QuoteCorrection.CreatedByMaxLength ? editor.Label : editor.Label[..QuoteCorrection.CreatedByMaxLength],
            CreatedByUserId = editor.UserId,
        };
    }
}
