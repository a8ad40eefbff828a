using System.Data.Common;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Articles;

// Add with review: the article is extracted and shown with the editor's corrections so far, nothing stored;
// save stores it with the corrected quotes and the corrections themselves (so they survive re-extraction), in
// the archive writer's one transaction, with its audit entry.
public sealed class ArticleReviewService(
    NewsDbContext db,
    QuoteExtractor extractor,
    CatalogueCache catalogue,
    ArchiveWriter writer,
    SpeakerLookup speakers,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ArticleReviewService> logger)
{
    public async Task<ArticleReview> ReviewAsync(NewArticle input, IReadOnlyList<CorrectionRule> corrections, ReviewChange? change, CancellationToken ct)
    {
        var compiled = await catalogue.GetAsync(db, ct);
        var prepared = PreparedArticle.Prepare(input, extractor, compiled);
        if (prepared.Refused is { } refused)
        {
            return ArticleReview.Refused(refused.Errors ?? ["The article could not be read."], corrections);
        }

        var rules = corrections.ToList();
        var corrected = Apply(prepared, rules, compiled);
        string? changeError = null;
        if (change is not null)
        {
            (rules, changeError) = await ChangeAsync(rules, corrected, change, ct);
            corrected = Apply(prepared, rules, compiled);
        }

        var duplicate = await ArticleDuplicates.FindAsync(db, prepared.Url, prepared.ContentHash!, exceptId: 0, ct);
        var actors = await speakers.ByIdsAsync(
            corrected.Quotes.Select(q => q.Speaker?.ActorId).Concat(rules.Select(r => r.Speaker.ActorId)).OfType<int>(), ct);
        var quotes = corrected.Quotes.Select((q, i) => new ReviewQuote(
            i, q.Quote.Text, q.Quote.Kind, q.Quote.Start, q.Quote.End, Speaker(q, actors), q.Quote.SpeakerAsWritten,
            q.Quote.Confidence, q.Quote.Rule, q.Quote.Actors, q.Quote.Topics, q.Corrected)).ToList();
        var described = rules.Select((r, i) => new ReviewCorrection(i, r, Describe(r, actors))).ToList();
        return new ArticleReview([], corrected.Extraction.CleanBody, quotes, corrected.Extraction.Topics, rules, described, duplicate, changeError);
    }

    public async Task<AddArticleResult> SaveAsync(NewArticle input, IReadOnlyList<CorrectionRule> corrections, Editor editor, CancellationToken ct)
    {
        var compiled = await catalogue.GetAsync(db, ct);
        var prepared = PreparedArticle.Prepare(input, extractor, compiled);
        if (prepared.Refused is { } refused)
        {
            return refused;
        }

        var corrected = Apply(prepared, corrections, compiled);
        var reviewed = prepared with { Extraction = corrected.Extraction, Speakers = corrected.Speakers };
        WriteResult written;
        try
        {
            written = await writer.WriteAsync([reviewed], (batch, token) => RecordAsync(batch, corrected, editor, token), ct);
        }
        catch (DbException ex)
        {
            // The unique indexes are the backstop when another process saves the same story at once.
            logger.LogWarning(ex, "Saving reviewed article {Title} failed; checking for a concurrent duplicate", LogText.Clean(input.Title));
            return await ArticleDuplicates.FindAsync(db, prepared.Url, prepared.ContentHash!, exceptId: 0, ct) is { } existing
                ? new AddArticleResult(AddArticleStatus.Duplicate, DuplicateOfId: existing.ArticleId, DuplicateReason: existing.Reason)
                : throw new InvalidOperationException("The article could not be saved.", ex);
        }

        if (written.CreatedActors)
        {
            catalogue.Invalidate();
        }

        var result = written.Results[0];
        if (result.Status == AddArticleStatus.Added)
        {
            logger.LogInformation(
                "Added reviewed article {ArticleId} {Title} with {QuoteCount} quotes and {Corrections} corrections",
                result.ArticleId, LogText.Clean(input.Title), result.QuoteCount, corrections.Count);
        }

        return result;
    }

    private CorrectedExtraction Apply(PreparedArticle prepared, IReadOnlyList<CorrectionRule> rules, CompiledCatalogue compiled) =>
        CorrectionApplier.Apply(prepared.Extraction!, rules, passages => extractor.Passages(prepared.Extraction!.CleanBody, passages, compiled));

    // The corrections as stored rows, and the audit entry, once the batch has given the article and quotes their ids.
    private async Task RecordAsync(ArchiveBatch batch, CorrectedExtraction corrected, Editor editor, CancellationToken ct)
    {
        if (batch.Articles is not [var article])
        {
            return;
        }

        foreach (var outcome in corrected.Outcomes.Where(o => o.Applies))
        {
            db.QuoteCorrections.Add(StoredCorrections.Row(outcome, article.Id, article.Quotes, editor, clock.GetUtcNow().UtcDateTime));
        }

        audit.Record(
            editor,
            "created",
            AuditEntities.Article,
            article.Id,
            $"Added “{article.Title}” after review: {article.Quotes.Count} quotes, {corrected.Outcomes.Count} corrections",
            after: ArticleSnapshot.Of(article, article.Quotes, corrected.Outcomes.Select(o => o.Rule)));
        await db.SaveChangesAsync(ct);
    }

    private async Task<(List<CorrectionRule> Rules, string? Error)> ChangeAsync(
        List<CorrectionRule> rules, CorrectedExtraction corrected, ReviewChange change, CancellationToken ct)
    {
        if (change.Kind == ReviewChangeKind.Undo)
        {
            return change.Index >= 0 && change.Index < rules.Count
                ? ([.. rules.Where((_, i) => i != change.Index)], null)
                : (rules, "That correction is no longer in the list.");
        }

        if (change.Kind == ReviewChangeKind.AddPassage)
        {
            var body = corrected.Extraction.CleanBody;
            var (start, end, error) = change.Start is { } s && change.End is { } e ? (s, e, (string?)null) : CorrectionPlanner.FindPassage(body, change.Passage);
            if (error is null)
            {
                (start, end, error) = CorrectionPlanner.CheckPassage(body, start, end, corrected.Quotes.Select(q => (q.Quote.Start, q.Quote.End)));
            }

            var who = error is null ? await speakers.FindAsync(change.Speaker, allowNew: true, ct) : null;
            if ((error ?? who?.Error) is { } refused)
            {
                return (rules, refused);
            }

            var added = new CorrectionRule(QuoteCorrectionKind.Added, body[start..end], start, end, change.QuoteKind ?? QuoteKind.Direct, who!.Choice!);
            return (CorrectionPlanner.Merge(rules, [added]), null);
        }

        if (change.Index < 0 || change.Index >= corrected.Quotes.Count)
        {
            return (rules, "That quote is no longer in the review; it may have been dropped already.");
        }

        var quote = corrected.Quotes[change.Index].Quote;
        var request = change.Kind switch
        {
            ReviewChangeKind.Speaker => new QuoteChange(ChangeSpeaker: true, Speaker: change.Speaker, AllowNewSpeaker: true),
            ReviewChangeKind.Kind => new QuoteChange(Kind: change.QuoteKind ?? quote.Kind),
            _ => new QuoteChange(Rejected: true),
        };
        var chosen = request.ChangeSpeaker ? await speakers.FindAsync(request.Speaker, allowNew: true, ct) : null;
        if (chosen?.Error is { } speakerError)
        {
            return (rules, speakerError);
        }

        var current = corrected.Quotes[change.Index].Speaker?.ActorId;
        return (CorrectionPlanner.Merge(rules, CorrectionPlanner.For(quote, request, chosen?.Choice, current, quoteId: null)), null);
    }

    private static ReviewSpeaker? Speaker(ReviewedQuote quote, IReadOnlyDictionary<int, SpeakerRef> actors) => quote.Speaker switch
    {
        null => quote.Quote.Speaker is { } found ? new ReviewSpeaker(found.Name, null, false) : null,
        { ActorId: { } id } => actors.TryGetValue(id, out var actor) ? new ReviewSpeaker(actor.Name, actor, true) : null,
        { NewName: { } name } => new ReviewSpeaker(name, null, true),
        _ => null,
    };

    private static string Describe(CorrectionRule rule, IReadOnlyDictionary<int, SpeakerRef> actors)
    {
        var who = rule.Speaker switch
        {
            { ActorId: { } id } => actors.TryGetValue(id, out var actor) ? actor.Name : $"actor {id}",
            { NewName: { } name } => $"{name} (new actor)",
            _ => "speaker not identified",
        };
        return rule.Kind switch
        {
            QuoteCorrectionKind.SpeakerChanged => $"Speaker set to {who}",
            QuoteCorrectionKind.KindChanged => $"Kind set to {(rule.QuoteKind == QuoteKind.Indirect ? "reported speech" : "direct quote")}",
            QuoteCorrectionKind.Rejected => "Dropped: not a quote",
            _ => $"Added as a missed quote by {who}",
        };
    }
}
