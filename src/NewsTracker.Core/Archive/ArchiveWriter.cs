using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;
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
    TimeProvider clock,
    ILogger<ArchiveWriter> logger)
{
    public async Task<WriteResult> WriteAsync(IReadOnlyList<PreparedArticle> prepared, CancellationToken ct)
    {
        await directory.Gate.WaitAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var started = Stopwatch.GetTimestamp();
                await directory.RefreshAsync(db, ct);
                var batch = new ArchiveBatch();
                var sorting = await SortAsync(prepared, ct);
                var sorted = Stopwatch.GetTimestamp();
                var createdActors = await LinkAsync(batch, sorting.ToStore, ct);
                var linked = Stopwatch.GetTimestamp();
                await store.WriteAsync(db, batch, ct);
                var stored = Stopwatch.GetTimestamp();
                await transaction.CommitAsync(ct);
                directory.Committed(batch.NewActors, batch.NewAliases);
                logger.LogDebug(
                    "Wrote {Articles} articles: duplicates checked in {SortMs:0} ms, linked in {LinkMs:0} ms, stored in {StoreMs:0} ms, committed in {CommitMs:0} ms",
                    batch.Articles.Count,
                    Stopwatch.GetElapsedTime(started, sorted).TotalMilliseconds,
                    Stopwatch.GetElapsedTime(sorted, linked).TotalMilliseconds,
                    Stopwatch.GetElapsedTime(linked, stored).TotalMilliseconds,
                    Stopwatch.GetElapsedTime(stored).TotalMilliseconds);
                return new WriteResult(sorting.Results(), createdActors);
            }
            catch
            {
                // The directory may hold actors and aliases the rolled-back batch created.
                directory.Invalidate();
                throw;
            }
        }
        finally
        {
            directory.Gate.Release();
        }
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
                sorting.Store(i, article, item.Extraction!);
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

    private async Task<bool> LinkAsync(ArchiveBatch batch, IReadOnlyList<(Article Article, ExtractionResult Extraction)> toStore, CancellationToken ct)
    {
        var speakers = new SpeakerRegistry(directory.Actors, batch, clock.GetUtcNow().UtcDateTime, logger);
        var statements = await StatementMatcher.LoadAsync(
            db, batch, toStore.SelectMany(x => x.Extraction.Quotes).Select(q => Truncate(q.Text, Quote.TextMaxLength)), ct);
        foreach (var (article, extraction) in toStore)
        {
            Link(article, extraction, speakers, statements, batch);
            batch.Articles.Add(article);
        }

        return speakers.CreatedActors;
    }

    private void Link(Article article, ExtractionResult extraction, SpeakerRegistry speakers, StatementMatcher statements, ArchiveBatch batch)
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

        foreach (var extracted in extraction.Quotes)
        {
            var speaker = extracted.Speaker is null ? null : speakers.Resolve(extracted.Speaker);
            var text = Truncate(extracted.Text, Quote.TextMaxLength);
            var quote = new Quote
            {
                Article = article,
                Text = text,
                Kind = extracted.Kind,
                Speaker = speaker,
                SpeakerAsWritten = extracted.SpeakerAsWritten is null ? null : Truncate(extracted.SpeakerAsWritten, Quote.SpeakerAsWrittenMaxLength),
                ReportedUtc = article.ReportedUtc,
                StartOffset = extracted.Start,
                EndOffset = extracted.End,
                Confidence = extracted.Confidence,
                AttributionRule = Truncate(extracted.Rule, Quote.AttributionRuleMaxLength),
                Statement = statements.Match(text, speaker, article.ReportedUtc, article),
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

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    // Each input's outcome; an article stored by this batch has its id only once the batch is written.
    private sealed class BatchSorting(int count)
    {
        private readonly AddArticleResult?[] _refused = new AddArticleResult?[count];
        private readonly List<(int Index, Article Article, string? Reason, bool Stored)> _pending = [];

        public List<(Article Article, ExtractionResult Extraction)> ToStore { get; } = [];

        public void Refused(int index, AddArticleResult result) => _refused[index] = result;

        public void DuplicateInBatch(int index, Article original, string reason) => _pending.Add((index, original, reason, false));

        public void Store(int index, Article article, ExtractionResult extraction)
        {
            ToStore.Add((article, extraction));
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
