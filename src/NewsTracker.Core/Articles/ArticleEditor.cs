using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Articles;

// Changes to stored articles: an edit of the text or metadata, a correction of one quote, a quote the extractor
// missed, a delete. Every change re-extracts the article and applies its corrections again (so the stored quotes
// are always "extraction, then corrections"), keeps counts, filter rows, statements and search in step through the
// archive writer, and records an audit entry, all in one transaction.
public sealed class ArticleEditor(
    NewsDbContext db,
    QuoteExtractor extractor,
    CatalogueCache catalogue,
    ArchiveWriter writer,
    SpeakerLookup speakers,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ArticleEditor> logger)
{
    public async Task<ArticleEdit?> GetForEditAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } stored ? stored.ToEdit() : null;

    public async Task<ArticleChangeResult> UpdateAsync(int id, NewArticle input, int version, Editor editor, CancellationToken ct)
    {
        var prepared = PreparedArticle.Prepare(input, extractor, await catalogue.GetAsync(db, ct));
        if (prepared.Refused is { } refused)
        {
            return ArticleChangeResult.Invalid([.. refused.FieldErrors ?? []]);
        }

        return await writer.InTransactionAsync(
            async (archive, token) =>
            {
                if (await LoadAsync(id, token) is not { } current)
                {
                    return ArticleChangeResult.NotFound;
                }

                if (current.Version != version)
                {
                    return new ArticleChangeResult(ArticleChangeStatus.Stale, id, Version: current.Version, Current: current.ToEdit(),
                        ChangedBy: await LastChangedByAsync(id, token));
                }

                if (await ArticleDuplicates.FindAsync(db, prepared.Url, prepared.ContentHash!, id, token) is { } duplicate)
                {
                    return new ArticleChangeResult(ArticleChangeStatus.Duplicate, id, Duplicate: duplicate);
                }

                var before = await SnapshotAsync(current, token);
                var rewritten = await RewriteAsync(archive, current, prepared, [], current.Version + 1, editor, token);
                audit.Record(editor, "edited", AuditEntities.Article, id, $"Edited “{rewritten.Article.Title}”: {rewritten.Article.Quotes.Count} quotes after re-extraction",
                    before, ArticleSnapshot.Of(rewritten.Article, rewritten.Article.Quotes));
                await db.SaveChangesAsync(token);
                logger.LogInformation("Edited article {ArticleId} to version {Version}", id, current.Version + 1);
                return Changed(rewritten, quoteId: null);
            },
            ct);
    }

    public async Task<ArticleChangeResult> CorrectQuoteAsync(int quoteId, QuoteChange change, Editor editor, CancellationToken ct)
    {
        if (change.IsEmpty)
        {
            return ArticleChangeResult.Invalid(new FieldError(InputFields.Change, CorrectionPlanner.NothingToChange));
        }

        var chosen = change.ChangeSpeaker ? await speakers.FindAsync(change.Speaker, change.AllowNewSpeaker, ct) : null;
        if (chosen?.Error is { } speakerError)
        {
            return ArticleChangeResult.Invalid(new FieldError(InputFields.Speaker, speakerError));
        }

        return await writer.InTransactionAsync(
            async (archive, token) =>
            {
                var quote = await db.Quotes.AsNoTracking().Where(q => q.Id == quoteId)
                    .Select(q => new { q.ArticleId, q.Text, q.Kind, q.SpeakerId, q.StartOffset, q.EndOffset, Speaker = q.Speaker == null ? null : q.Speaker.Name })
                    .FirstOrDefaultAsync(token);
                if (quote is null)
                {
                    // A dropped quote has no row; taking the drop back finds it by the id it had.
                    var dropped = change.Rejected == false
                        ? await db.QuoteCorrections.FirstOrDefaultAsync(c => c.QuoteId == quoteId && c.Kind == QuoteCorrectionKind.Rejected, token)
                        : null;
                    return dropped is null ? ArticleChangeResult.NotFound : await RestoreAsync(archive, dropped, editor, token);
                }

                var current = (await LoadAsync(quote.ArticleId, token))!;
                var found = new ExtractedQuote(quote.Text, quote.Kind, quote.StartOffset, quote.EndOffset, null, null, 0, string.Empty, [], []);
                var pending = CorrectionPlanner.For(found, change with { Rejected = change.Rejected == true ? true : null }, chosen?.Choice, quote.SpeakerId, quoteId);
                if (pending.Count == 0)
                {
                    return new ArticleChangeResult(ArticleChangeStatus.Changed, quote.ArticleId, quoteId, current.Version);
                }

                var rewritten = await RewriteAsync(archive, current, await PrepareStoredAsync(current, token), pending, current.Version, editor, token);
                var after = rewritten.Article.Quotes.FirstOrDefault(q => q.Id == quoteId);
                var action = change.Rejected == true ? "dropped quote" : change.ChangeSpeaker ? "corrected speaker" : "changed quote kind";
                audit.Record(editor, action, AuditEntities.Quote, quoteId, $"{Capitalised(action)} in “{current.Title}”: “{Shorten(quote.Text)}”",
                    new { speaker = quote.Speaker, kind = KindName(quote.Kind) },
                    after is null ? new { rejected = true } : new { speaker = after.Speaker?.Name, kind = KindName(after.Kind) });
                await db.SaveChangesAsync(token);
                return Changed(rewritten, after?.Id);
            },
            ct);
    }

    // The passage is given by offsets into the cleaned text, or (without them) by its words.
    public async Task<ArticleChangeResult> AddQuoteAsync(
        int articleId, int? start, int? end, string? passage, string? speaker, QuoteKind kind, bool allowNewSpeaker, Editor editor, CancellationToken ct)
    {
        var chosen = await speakers.FindAsync(speaker, allowNewSpeaker, ct);
        if (chosen.Error is { } speakerError)
        {
            return ArticleChangeResult.Invalid(new FieldError(InputFields.Speaker, speakerError));
        }

        return await writer.InTransactionAsync(
            async (archive, token) =>
            {
                if (await LoadAsync(articleId, token) is not { } current)
                {
                    return ArticleChangeResult.NotFound;
                }

                var spans = await db.Quotes.AsNoTracking().Where(q => q.ArticleId == articleId).Select(q => new { q.StartOffset, q.EndOffset }).ToListAsync(token);
                var (from, to, error) = start is { } s && end is { } e ? (s, e, null) : CorrectionPlanner.FindPassage(current.CleanBody, passage);
                if (error is null)
                {
                    (from, to, error) = CorrectionPlanner.CheckPassage(current.CleanBody, from, to, spans.Select(q => (q.StartOffset, q.EndOffset)));
                }

                if (error is not null)
                {
                    return ArticleChangeResult.Invalid(new FieldError(InputFields.Passage, error));
                }

                var rule = new CorrectionRule(QuoteCorrectionKind.Added, current.CleanBody[from..to], from, to, kind, chosen.Choice!);
                var rewritten = await RewriteAsync(archive, current, await PrepareStoredAsync(current, token), [rule], current.Version, editor, token);
                var added = rewritten.Article.Quotes.FirstOrDefault(q => string.Equals(q.Text, rule.Text, StringComparison.Ordinal));
                audit.Record(editor, "added quote", AuditEntities.Quote, added?.Id ?? 0, $"Added a missed quote to “{current.Title}”: “{Shorten(rule.Text)}”",
                    after: new { text = rule.Text, speaker = added?.Speaker?.Name, kind = KindName(kind), start = from, end = to });
                await db.SaveChangesAsync(token);
                return Changed(rewritten, added?.Id);
            },
            ct);
    }

    public Task<DeletedArticle?> DeleteAsync(int id, Editor editor, CancellationToken ct) =>
        writer.InTransactionAsync(
            async (archive, token) =>
            {
                if (await LoadAsync(id, token) is not { } current)
                {
                    return null;
                }

                var snapshot = await SnapshotAsync(current, token);
                await archive.DeleteAsync(id, token);
                audit.Record(editor, "deleted", AuditEntities.Article, id, $"Deleted “{current.Title}” and its {snapshot.Quotes.Count} quotes", before: snapshot);
                await db.SaveChangesAsync(token);
                logger.LogInformation("Deleted article {ArticleId} with {QuoteCount} quotes", id, snapshot.Quotes.Count);
                return new DeletedArticle(id, current.Title, snapshot.Quotes.Count);
            },
            ct);

    public async Task<IReadOnlyList<CorrectionView>> CorrectionsAsync(int articleId, CancellationToken ct)
    {
        var body = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.CleanBody).FirstOrDefaultAsync(ct) ?? string.Empty;
        var quoteTexts = (await db.Quotes.AsNoTracking().Where(q => q.ArticleId == articleId).Select(q => q.Text).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var rows = await db.QuoteCorrections.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.Id)
            .Select(c => new { Row = c, Speaker = db.Actors.Where(a => a.Id == c.SpeakerId).Select(a => a.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(r => new CorrectionView(
            r.Row.Id,
            CorrectionRule.From(r.Row).Describe(),
            r.Row.QuoteText,
            r.Row.QuoteKind,
            r.Speaker,
            r.Row.CreatedBy,
            r.Row.CreatedUtc,
            quoteTexts.Contains(r.Row.QuoteText) || body.Contains(r.Row.QuoteText, StringComparison.Ordinal),
            r.Row.QuoteId,
            r.Row.Kind == QuoteCorrectionKind.Rejected)).ToList();
    }

    private async Task<ArticleChangeResult> RestoreAsync(ArchiveWriter archive, QuoteCorrection dropped, Editor editor, CancellationToken ct)
    {
        var current = (await LoadAsync(dropped.ArticleId, ct))!;
        var rewritten = await RewriteAsync(archive, current, await PrepareStoredAsync(current, ct), [], current.Version, editor, ct, withdraw: c => c.Id == dropped.Id);
        var back = rewritten.Article.Quotes.FirstOrDefault(q => string.Equals(q.Text, dropped.QuoteText, StringComparison.Ordinal));
        audit.Record(editor, "restored quote", AuditEntities.Quote, dropped.QuoteId ?? 0, $"Took back the drop of “{Shorten(dropped.QuoteText)}” in “{current.Title}”",
            new { rejected = true }, new { rejected = false, found = back is not null });
        await db.SaveChangesAsync(ct);
        return Changed(rewritten, back?.Id);
    }

    // Extracts the article again from prepared (its text as it is to be stored), applies its stored corrections and
    // then pending ones, and replaces its quotes. Stored corrections follow their quotes (offsets), the pending ones
    // become rows; withdraw removes stored ones first.
    private async Task<Rewritten> RewriteAsync(
        ArchiveWriter archive, StoredArticle current, PreparedArticle prepared, IReadOnlyList<CorrectionRule> pending, int version, Editor editor,
        CancellationToken ct, Func<QuoteCorrection, bool>? withdraw = null)
    {
        var stored = await db.QuoteCorrections.Where(c => c.ArticleId == current.Id).OrderBy(c => c.Id).ToListAsync(ct);
        var keptIds = stored.Where(c => c.QuoteId is not null).GroupBy(c => c.QuoteText, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().QuoteId!.Value, StringComparer.Ordinal);
        foreach (var row in stored.Where(c => withdraw?.Invoke(c) == true).ToList())
        {
            db.QuoteCorrections.Remove(row);
            stored.Remove(row);
        }

        // Each correction to apply, with its stored row (null: a new one); rows no longer in the list are removed.
        var merged = CorrectionPlanner.Merge(stored.Select(CorrectionRule.From), pending);
        var unused = stored.ToList();
        var rows = new List<QuoteCorrection?>(merged.Count);
        foreach (var rule in merged)
        {
            var row = unused.FirstOrDefault(r => CorrectionRule.From(r) == rule);
            if (row is not null)
            {
                unused.Remove(row);
            }

            rows.Add(row);
        }

        db.QuoteCorrections.RemoveRange(unused);

        var compiled = await catalogue.GetAsync(db, ct);
        var corrected = CorrectionApplier.Apply(prepared.Extraction!, merged, p => extractor.Passages(prepared.Extraction!.CleanBody, p, compiled));
        var published = prepared.Input.PublishedUtc is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : (DateTime?)null;
        var article = new Article
        {
            Id = current.Id,
            Title = prepared.Input.Title.Trim(),
            Outlet = ArticleRules.Clean(prepared.Input.Outlet),
            Url = prepared.Url,
            Author = ArticleRules.Clean(prepared.Input.Author),
            PublishedUtc = published,
            AddedUtc = current.AddedUtc,
            ReportedUtc = ReportedDate.Of(published),
            RawBody = prepared.Input.Body,
            CleanBody = corrected.Extraction.CleanBody,
            ContentHash = prepared.ContentHash!,
            Version = version,
        };
        var (saved, createdActors) = await archive.ReplaceAsync(
            article, prepared with { Extraction = corrected.Extraction, Speakers = corrected.Speakers }, keptIds, ct);
        if (createdActors)
        {
            catalogue.Invalidate();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < corrected.Outcomes.Count; i++)
        {
            var outcome = corrected.Outcomes[i];
            if (rows[i] is { } row)
            {
                (row.StartOffset, row.EndOffset) = (outcome.Start, outcome.End);
            }
            else
            {
                db.QuoteCorrections.Add(StoredCorrections.Row(outcome, current.Id, saved.Quotes, editor, now));
            }
        }

        return new Rewritten(saved, [.. corrected.NoLongerApply.Select(r => $"{r.Describe()}: “{Shorten(r.Text)}”")]);
    }

    // The stored text extracted again for a correction; not validated again, since rules added after it was
    // stored must not stop an editor correcting its quotes.
    private async Task<PreparedArticle> PrepareStoredAsync(StoredArticle current, CancellationToken ct)
    {
        var extraction = extractor.Extract(current.RawBody, await catalogue.GetAsync(db, ct), current.Title);
        return new PreparedArticle(current.ToInput(), current.Url, extraction, TextFingerprint.Hash(extraction.CleanBody), null);
    }

    private Task<StoredArticle?> LoadAsync(int id, CancellationToken ct) =>
        db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new StoredArticle(a.Id, a.Title, a.Outlet, a.Url, a.Author, a.PublishedUtc, a.AddedUtc, a.RawBody, a.CleanBody, a.Version, a.QuoteCount))
            .FirstOrDefaultAsync(ct);

    private async Task<ArticleSnapshot> SnapshotAsync(StoredArticle current, CancellationToken ct)
    {
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.ArticleId == current.Id).OrderBy(q => q.StartOffset)
            .Select(q => new QuoteSnapshot(q.Id, q.Text, q.Kind == QuoteKind.Indirect ? "indirect" : "direct", q.Speaker == null ? null : q.Speaker.Name))
            .ToListAsync(ct);
        var corrections = await db.QuoteCorrections.AsNoTracking().Where(c => c.ArticleId == current.Id).OrderBy(c => c.Id).ToListAsync(ct);
        return new ArticleSnapshot(current.Title, current.Outlet, current.Url, current.Author, current.PublishedUtc, current.RawBody, quotes,
            [.. corrections.Select(c => $"{CorrectionRule.From(c).Describe()}: “{c.QuoteText}”")]);
    }

    private Task<string?> LastChangedByAsync(int id, CancellationToken ct)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.AuditEntries.AsNoTracking().Where(e => e.Entity == AuditEntities.Article && e.EntityId == key)
            .OrderByDescending(e => e.Id).Select(e => e.User).FirstOrDefaultAsync(ct);
    }

    private static ArticleChangeResult Changed(Rewritten rewritten, int? quoteId) =>
        new(ArticleChangeStatus.Changed, rewritten.Article.Id, quoteId, rewritten.Article.Version, NoLongerApply: rewritten.NoLongerApply);

    private static string KindName(QuoteKind kind) => kind == QuoteKind.Indirect ? "indirect" : "direct";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";

    private sealed record Rewritten(Article Article, IReadOnlyList<string> NoLongerApply);

    private sealed record StoredArticle(
        int Id, string Title, string? Outlet, string? Url, string? Author, DateTime? PublishedUtc, DateTime AddedUtc, string RawBody, string CleanBody,
        int Version, int QuoteCount)
    {
        public ArticleEdit ToEdit() => new(Id, Title, Outlet, Url, Author, PublishedUtc, RawBody, Version, QuoteCount);

        public NewArticle ToInput() => new(Title, RawBody, Outlet, Url, Author, PublishedUtc);
    }
}
