using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Search;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Archive;

public sealed record WriteResult(IReadOnlyList<AddArticleResult> Results, bool CreatedActors);

// Stores prepared articles in one transaction: duplicates refused (same URL, same cleaned text; against the
// archive and within the batch), speakers and mentions linked against the in-memory directory, each quote
// matched to its statement, counts kept in step, and everything written by the engine's bulk store. The form,
// the API and every importer go through here, one article or hundreds at a time.
public sealed class ArchiveWriter(
    NewsDbContext db,
    ArchiveDirectory directory,
    IArchiveStore store,
    IDatabaseDialect dialect,
    TimeProvider clock,
    ILogger<ArchiveWriter> logger)
{
    // Batches stored by the transaction running now (InTransactionAsync), told to the directory once it commits.
    private List<ArchiveBatch>? _batches;

    public Task<WriteResult> WriteAsync(IReadOnlyList<PreparedArticle> prepared, CancellationToken ct) =>
        WriteAsync(prepared, afterStore: null, ct);

    // AfterStore runs inside the transaction once the batch is stored, so what it saves (a reviewed article's
    // corrections and audit entry) is committed with the articles or not at all.
    public Task<WriteResult> WriteAsync(
        IReadOnlyList<PreparedArticle> prepared, Func<ArchiveBatch, CancellationToken, Task>? afterStore, CancellationToken ct) =>
        InTransactionAsync(
            async (_, token) =>
            {
                var (result, batch) = await StoreAsync(prepared, token);
                if (afterStore is not null)
                {
                    await afterStore(batch, token);
                }

                return result;
            },
            ct);

    // AfterWrite sees what became of each article (added, duplicate, refused) and runs inside the same
    // transaction, so a record of the batch (an import report's lines) is committed with it or not at all.
    public Task<WriteResult> WriteAsync(
        IReadOnlyList<PreparedArticle> prepared, Func<WriteResult, CancellationToken, Task> afterWrite, CancellationToken ct) =>
        InTransactionAsync(
            async (_, token) =>
            {
                var (result, _) = await StoreAsync(prepared, token);
                await afterWrite(result, token);
                return result;
            },
            ct);

    // Runs work under the write gate in one transaction, with the directory fresh: the way in for changes that
    // read and write the archive together (an edit, a correction, a delete). Work returns normally to commit.
    public async Task<T> InTransactionAsync<T>(Func<ArchiveWriter, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        await directory.Gate.WaitAsync(ct);
        try
        {
            await using var transaction = await dialect.BeginArchiveWriteAsync(db, ct);
            _batches = [];
            try
            {
                await directory.RefreshAsync(db, ct);
                var result = await work(this, ct);
                var committing = Stopwatch.GetTimestamp();
                await transaction.CommitAsync(ct);
                logger.LogDebug("Committed in {CommitMs:0} ms", Stopwatch.GetElapsedTime(committing).TotalMilliseconds);
                foreach (var batch in _batches)
                {
                    directory.Committed(batch.NewActors, batch.NewAliases);
                }

                return result;
            }
            catch
            {
                // The directory may hold actors and aliases the rolled-back batch created.
                directory.Invalidate();
                throw;
            }
            finally
            {
                _batches = null;
            }
        }
        finally
        {
            directory.Gate.Release();
        }
    }

    // Inside InTransactionAsync: the duplicate checks, linking and storage of new articles.
    public async Task<(WriteResult Result, ArchiveBatch Batch)> StoreAsync(IReadOnlyList<PreparedArticle> prepared, CancellationToken ct)
    {
        var batches = _batches ?? throw new InvalidOperationException("Store inside InTransactionAsync.");
        var started = Stopwatch.GetTimestamp();
        var batch = new ArchiveBatch();
        batches.Add(batch);
        var sorting = await SortAsync(prepared, ct);
        var sorted = Stopwatch.GetTimestamp();
        var createdActors = await LinkAsync(batch, sorting.ToStore, ct);
        var linked = Stopwatch.GetTimestamp();
        await store.WriteAsync(db, batch, ct);
        await RepeatedStatements.MarkAsync(db, RepeatedStatements.TouchedBy(batch), ct);
        await MonthlyCounts.AddAsync(db, MonthlyCounts.Of(batch.Articles.SelectMany(a => a.Quotes)), ct);
        logger.LogDebug(
            "Wrote {Articles} articles: duplicates checked in {SortMs:0} ms, linked in {LinkMs:0} ms, stored in {StoreMs:0} ms",
            batch.Articles.Count,
            Stopwatch.GetElapsedTime(started, sorted).TotalMilliseconds,
            Stopwatch.GetElapsedTime(sorted, linked).TotalMilliseconds,
            Stopwatch.GetElapsedTime(linked).TotalMilliseconds);
        return (new WriteResult(sorting.Results(), createdActors), batch);
    }

    // Inside InTransactionAsync: replaces a stored article's row and quotes with a new extraction of it (an edit,
    // a correction). The old quotes leave with their links, filter rows and search entries, and statements left
    // without a report go too; a quote found again keeps its id (by text), as does one restored from keptIds.
    public async Task<(Article Article, bool CreatedActors)> ReplaceAsync(
        Article article, PreparedArticle prepared, IReadOnlyDictionary<string, int> keptIds, CancellationToken ct)
    {
        var batches = _batches ?? throw new InvalidOperationException("Replace inside InTransactionAsync.");
        var marks = await PositionChangeCarry.CaptureAsync(db, article.Id, ct);
        var months = await StoredMonthsAsync(article.Id, ct);
        var removed = await ArchiveRemoval.RemoveQuotesAsync(db, article.Id, ct);
        var batch = new ArchiveBatch();
        batches.Add(batch);
        var createdActors = await LinkAsync(batch, [(article, prepared)], ct);

        var ids = new Dictionary<string, int>(keptIds, StringComparer.Ordinal);
        foreach (var (id, text) in removed.Quotes)
        {
            ids[text] = id;
        }

        var used = new HashSet<int>();
        foreach (var quote in article.Quotes)
        {
            if (ids.TryGetValue(quote.Text, out var id) && used.Add(id))
            {
                quote.Id = id;
            }
        }

        await store.WriteAsync(db, batch, ct);
        await RepeatedStatements.MarkAsync(db, [.. removed.StatementIds.Union(RepeatedStatements.TouchedBy(batch))], ct);
        var added = MonthlyCounts.Of(article.Quotes);
        added.Subtract(months);
        await MonthlyCounts.AddAsync(db, added, ct);
        await PositionChangeCarry.RestoreAsync(db, marks, article.Quotes, ct);
        await ArchiveCounts.RecountActorsAsync(db, [.. removed.ActorIds.Union(batch.ActorCounts.Keys.Select(a => a.Id))], ct);
        await ArchiveCounts.RecountTopicsAsync(db, [.. removed.TopicIds.Union(batch.TopicCounts.Keys)], ct);
        return (article, createdActors);
    }

    // Inside InTransactionAsync: deletes a stored article and its quotes, keeping every count in step.
    public async Task DeleteAsync(int articleId, CancellationToken ct)
    {
        _ = _batches ?? throw new InvalidOperationException("Delete inside InTransactionAsync.");
        var months = await StoredMonthsAsync(articleId, ct);
        var removed = await ArchiveRemoval.RemoveQuotesAsync(db, articleId, ct);
        await RepeatedStatements.MarkAsync(db, removed.StatementIds, ct);
        var taken = new MonthlyTally();
        taken.Subtract(months);
        await MonthlyCounts.AddAsync(db, taken, ct);
        await db.QuoteCorrections.Where(c => c.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.Articles.Where(a => a.Id == articleId).ExecuteDeleteAsync(ct);
        await ArchiveCounts.RecountActorsAsync(db, [.. removed.ActorIds], ct);
        await ArchiveCounts.RecountTopicsAsync(db, [.. removed.TopicIds], ct);
    }

    // What a stored article's quotes add to the monthly counts, read before they are replaced or deleted.
    private async Task<MonthlyTally> StoredMonthsAsync(int articleId, CancellationToken ct)
    {
        var quoteIds = await db.Quotes.AsNoTracking().Where(q => q.ArticleId == articleId).Select(q => q.Id).ToListAsync(ct);
        return await MonthlyCounts.StoredAsync(db, quoteIds, ct);
    }

    // Splits the batch into refused articles, duplicates (of the archive or of an earlier article in the
    // batch) and articles to store, under the write transaction so no other writer slips one in between.
    private async Task<BatchSorting> SortAsync(IReadOnlyList<PreparedArticle> prepared, CancellationToken ct)
    {
        var urls = prepared.Where(p => p.Refused is null && p.Url is not null).Select(p => p.Url!).Distinct().ToList();
        var hashes = prepared.Where(p => p.Refused is null).Select(p => p.ContentHash!).Distinct().ToList();
        var storedUrls = await db.Articles.AsNoTracking()
            .Where(a => a.Url != null && EF.Parameter(urls).Contains(a.Url))
            .Select(a => new { Url = a.Url!, a.Id })
            .ToDictionaryAsync(a => a.Url, a => a.Id, StringComparer.Ordinal, ct);
        var storedHashes = await db.Articles.AsNoTracking()
            .Where(a => EF.Parameter(hashes).Contains(a.ContentHash))
            .Select(a => new { a.ContentHash, a.Id })
            .ToDictionaryAsync(a => a.ContentHash, a => a.Id, StringComparer.Ordinal, ct);

        var sorting = new BatchSorting(prepared.Count);
        var batchUrls = new Dictionary<string, Article>(StringComparer.Ordinal);
        var batchHashes = new Dictionary<string, Article>(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < prepared.Count; i++)
        {
            var item = prepared[i];
            if (item.Refused is { } refused)
            {
                sorting.Refused(i, refused);
            }
            else if (item.Url is { } url && storedUrls.TryGetValue(url, out var urlId))
            {
                sorting.Refused(i, Duplicate(urlId, "the same URL"));
            }
            else if (storedHashes.TryGetValue(item.ContentHash!, out var textId))
            {
                sorting.Refused(i, Duplicate(textId, "the same text"));
            }
            else if (item.Url is { } batchUrl && batchUrls.TryGetValue(batchUrl, out var sameUrl))
            {
                sorting.DuplicateInBatch(i, sameUrl, "the same URL");
            }
            else if (batchHashes.TryGetValue(item.ContentHash!, out var sameText))
            {
                sorting.DuplicateInBatch(i, sameText, "the same text");
            }
            else
            {
                var article = NewArticle(item, now);
                sorting.Store(i, article, item);
                if (item.Url is not null)
                {
                    batchUrls[item.Url] = article;
                }

                batchHashes[item.ContentHash!] = article;
            }
        }

        return sorting;
    }

    private static AddArticleResult Duplicate(int id, string reason) =>
        new(AddArticleStatus.Duplicate, DuplicateOfId: id, DuplicateReason: reason);

    private static Article NewArticle(PreparedArticle item, DateTime now)
    {
        var published = item.Input.PublishedUtc is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : (DateTime?)null;

        // An undated article is never given the day it was added: it sorts last and stays out of date filters.
        return new Article
        {
            Title = item.Input.Title.Trim(),
            Outlet = ArticleRules.Clean(item.Input.Outlet),
            Url = item.Url,
            Author = ArticleRules.Clean(item.Input.Author),
            PublishedUtc = published,
            AddedUtc = now,
            ReportedUtc = ReportedDate.Of(published),
            RawBody = item.Input.Body,
            CleanBody = item.Extraction!.CleanBody,
            ContentHash = item.ContentHash!,
        };
    }

    private async Task<bool> LinkAsync(
        ArchiveBatch batch, IReadOnlyList<(Article Article, PreparedArticle Prepared)> toStore, CancellationToken ct)
    {
        var speakers = new SpeakerRegistry(directory.Actors, batch, clock.GetUtcNow().UtcDateTime, logger);
        var statements = await StatementMatcher.LoadAsync(db, batch, toStore.SelectMany(x => x.Prepared.StatementKeys), ct);
        foreach (var (article, prepared) in toStore)
        {
            Link(article, prepared.Extraction!, prepared.StatementKeys, prepared.Speakers, speakers, statements, batch);
            batch.Articles.Add(article);
        }

        return speakers.CreatedActors;
    }

    private void Link(
        Article article,
        ExtractionResult extraction,
        StatementKey[] keys,
        IReadOnlyList<SpeakerChoice?>? choices,
        SpeakerRegistry speakers,
        StatementMatcher statements,
        ArchiveBatch batch)
    {
        var topics = directory.TopicsByName;
        foreach (var name in extraction.Topics)
        {
            if (topics.TryGetValue(name, out var topic) && !article.Topics.Contains(topic))
            {
                article.Topics.Add(topic);
                batch.CountTopic(topic.Id, quotes: 0, articles: 1);
            }
        }

        for (var i = 0; i < extraction.Quotes.Count; i++)
        {
            var extracted = extraction.Quotes[i];
            var speaker = choices?[i] is { } choice ? Chosen(choice, speakers)
                : extracted.Speaker is null ? null : speakers.Resolve(extracted.Speaker, outlet: article.Outlet);
            var text = Quote.Stored(extracted.Text, Quote.TextMaxLength);
            var quote = new Quote
            {
                Article = article,
                Text = text,
                Kind = extracted.Kind,
                Speaker = speaker,
                SpeakerAsWritten = extracted.SpeakerAsWritten is null ? null : Truncate(extracted.SpeakerAsWritten, Quote.SpeakerAsWrittenMaxLength),
                SourceDescription = speaker is null && extracted.Source is { } unnamed ? Truncate(unnamed.Description, Quote.SourceDescriptionMaxLength) : null,
                SourceAffiliation = speaker is null && extracted.Source?.Affiliation is { } of ? Truncate(of, Quote.SourceAffiliationMaxLength) : null,
                ReportedUtc = article.ReportedUtc,
                StartOffset = extracted.Start,
                EndOffset = extracted.End,
                Confidence = extracted.Confidence,
                AttributionRule = Truncate(extracted.Rule, Quote.AttributionRuleMaxLength),
                Statement = statements.Match(text, keys[i], speaker, article.ReportedUtc, article),
            };

            if (speaker is not null)
            {
                batch.CountSpoken(speaker);
            }

            foreach (var actor in speakers.Find(extracted.Actors))
            {
                quote.Actors.Add(actor);
                batch.CountMentioned(actor);
            }

            foreach (var name in extracted.Topics)
            {
                if (topics.TryGetValue(name, out var topic) && !quote.Topics.Contains(topic))
                {
                    quote.Topics.Add(topic);
                    batch.CountTopic(topic.Id, quotes: 1, articles: 0);
                }
            }

            article.Quotes.Add(quote);
        }

        article.QuoteCount = article.Quotes.Count;
    }

    // An editor's choice: an actor by id (gone since: nobody), or a name found or created as the extractor's would be.
    private Actor? Chosen(SpeakerChoice choice, SpeakerRegistry speakers) =>
        choice.ActorId is { } id ? directory.Actors.ById(id)
        : string.IsNullOrWhiteSpace(choice.NewName) ? null
        : speakers.Resolve(new ExtractedSpeaker(choice.NewName.Trim(), ActorKind.Person, null, null), editorsChoice: true);

    private static string Truncate(string value, int max) => Quote.Stored(value, max);

    // Each input's outcome; an article stored by this batch has its id only once the batch is written.
    private sealed class BatchSorting(int count)
    {
        private readonly AddArticleResult?[] _refused = new AddArticleResult?[count];
        private readonly List<(int Index, Article Article, string? Reason, bool Stored)> _pending = [];

        public List<(Article Article, PreparedArticle Prepared)> ToStore { get; } = [];

        public void Refused(int index, AddArticleResult result) => _refused[index] = result;

        public void DuplicateInBatch(int index, Article original, string reason) => _pending.Add((index, original, reason, false));

        public void Store(int index, Article article, PreparedArticle prepared)
        {
            ToStore.Add((article, prepared));
            _pending.Add((index, article, null, true));
        }

        public IReadOnlyList<AddArticleResult> Results()
        {
            var results = (AddArticleResult?[])_refused.Clone();
            foreach (var (index, article, reason, stored) in _pending)
            {
                results[index] = stored
                    ? new AddArticleResult(AddArticleStatus.Added, article.Id, QuoteCount: article.Quotes.Count)
                    : Duplicate(article.Id, reason!);
            }

            return results.Select(r => r!).ToList();
        }
    }
}
