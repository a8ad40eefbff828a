using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Tagging;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Search;

namespace NewsTracker.Core.Topics;

public sealed record RetagResult(int Articles, int QuotesChanged, int ArticlesChanged);

// Brings stored quotes in line with the current topic rules. Tagging is a pure function of a quote's text and
// its sentence (TopicTagger), and the sentence comes from the stored clean body and the quote's offsets
// (QuoteSentence), so a stored quote gets exactly the topics extraction would give it, without extracting the
// article again. Articles are read in batches without tracking, so memory stays flat however large the
// database is.
//
// Importers and saves write while this runs, so each batch writes links as set operations that cannot
// collide with theirs: a changed quote loses the topics it should not have and gains the ones it lacks with
// an insert that ignores a link already there (the importer's INSERT OR IGNORE, or a link this run read as
// missing that someone else added since). The quote's topic rows in the filter index (QuoteFacets) follow in
// the same batch, and so do the monthly counts (MonthlyCounts, from those rows before and after); topic counts are
// rebuilt from the links at the end.
public sealed class QuoteRetagger(NewsDbContext db, IDatabaseDialect dialect, CatalogueCache catalogue, ILogger<QuoteRetagger> logger)
{
    public const int DefaultBatchSize = 50;

    public Task<RetagResult> RetagAsync(IProgress<JobProgress>? progress, CancellationToken ct) =>
        RetagAsync(DefaultBatchSize, progress, ct);

    internal async Task<RetagResult> RetagAsync(int batchSize, IProgress<JobProgress>? progress, CancellationToken ct)
    {
        var compiled = await catalogue.GetAsync(db, ct);
        var topicIds = await TopicIdsAsync(compiled, ct);
        var total = await db.Articles.CountAsync(ct);
        progress?.Report(new JobProgress(0, total));

        int articles = 0, quotesChanged = 0, articlesChanged = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking()
                .Where(a => a.Id > lastId)
                .OrderBy(a => a.Id)
                .Take(batchSize)
                .Select(a => new StoredArticle(
                    a.Id,
                    a.CleanBody,
                    a.Topics.Select(t => t.Id).ToList(),
                    a.Quotes.Select(q => new StoredQuote(q.Id, q.StartOffset, q.EndOffset, q.Text, q.Topics.Select(t => t.Id).ToList())).ToList()))
                .AsSplitQuery()
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var quoteLinks = new List<(int QuoteId, HashSet<int> TopicIds)>();
            var articleLinks = new List<(int ArticleId, HashSet<int> TopicIds)>();
            foreach (var article in batch)
            {
                var union = new HashSet<int>();
                foreach (var quote in article.Quotes)
                {
                    var sentence = QuoteSentence.Around(article.CleanBody, quote.StartOffset, quote.EndOffset);
                    var wanted = TopicTagger.Tag(quote.Text, sentence, compiled.TopicRules)
                        .Where(topicIds.ContainsKey)
                        .Select(n => topicIds[n])
                        .ToHashSet();
                    if (!wanted.SetEquals(quote.TopicIds))
                    {
                        quoteLinks.Add((quote.Id, wanted));
                    }

                    union.UnionWith(wanted);
                }

                if (!union.SetEquals(article.TopicIds))
                {
                    articleLinks.Add((article.Id, union));
                }
            }

            await WriteLinksAsync(quoteLinks, articleLinks, ct);
            quotesChanged += quoteLinks.Count;
            articlesChanged += articleLinks.Count;
            articles += batch.Count;
            lastId = batch[^1].Id;
            progress?.Report(new JobProgress(articles, Math.Max(total, articles)));
        }

        // One transaction: readers never see the filter index's topic rows dropped and not yet rebuilt, and no
        // import's rows land in between.
        await using (var transaction = await dialect.BeginArchiveWriteAsync(db, ct))
        {
            await ArchiveCounts.RecountTopicsAsync(db, ct);
            await transaction.CommitAsync(ct);
        }

        logger.LogInformation(
            "Re-tagged {Articles} articles: {QuotesChanged} quotes and {ArticlesChanged} articles changed topics",
            articles, quotesChanged, articlesChanged);
        return new RetagResult(articles, quotesChanged, articlesChanged);
    }

    // The tagger names topics as the catalogue knew them when it was compiled. Slugs never change, so a
    // topic renamed while this runs keeps its quotes instead of being looked up under a name it no longer has.
    private async Task<Dictionary<string, int>> TopicIdsAsync(CompiledCatalogue compiled, CancellationToken ct)
    {
        var idsBySlug = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Id, ct);
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in compiled.Source.Topics)
        {
            if (idsBySlug.TryGetValue(topic.Slug, out var id))
            {
                ids.TryAdd(topic.Name, id);
            }
        }

        return ids;
    }

    private async Task WriteLinksAsync(
        List<(int QuoteId, HashSet<int> TopicIds)> quoteLinks,
        List<(int ArticleId, HashSet<int> TopicIds)> articleLinks,
        CancellationToken ct)
    {
        if (quoteLinks.Count == 0 && articleLinks.Count == 0)
        {
            return;
        }

        await using var transaction = await dialect.BeginArchiveWriteAsync(db, ct);
        await MonthlyCounts.FollowAsync(db, [.. quoteLinks.Select(l => l.QuoteId)], () => WriteQuoteLinksAsync(quoteLinks, ct), ct);
        foreach (var (articleId, topicIds) in articleLinks)
        {
            var keep = topicIds.ToList();
            await db.Set<Dictionary<string, object>>("ArticleTopics")
                .Where(link => EF.Property<int>(link, "ArticlesId") == articleId && !keep.Contains(EF.Property<int>(link, "TopicsId")))
                .ExecuteDeleteAsync(ct);
            foreach (var topicId in topicIds)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO "ArticleTopics" ("ArticlesId", "TopicsId")
                    SELECT {articleId}, {topicId}
                    WHERE EXISTS (SELECT 1 FROM "Articles" WHERE "Id" = {articleId}) AND EXISTS (SELECT 1 FROM "Topics" WHERE "Id" = {topicId})
                    ON CONFLICT DO NOTHING
                    """,
                    ct);
            }
        }

        await transaction.CommitAsync(ct);
    }

    // A changed quote loses the topics it should not have and gains the ones it lacks, in links and filter rows.
    private async Task WriteQuoteLinksAsync(List<(int QuoteId, HashSet<int> TopicIds)> quoteLinks, CancellationToken ct)
    {
        foreach (var (quoteId, topicIds) in quoteLinks)
        {
            var keep = topicIds.ToList();
            await db.Set<Dictionary<string, object>>("QuoteTopics")
                .Where(link => EF.Property<int>(link, "QuotesId") == quoteId && !keep.Contains(EF.Property<int>(link, "TopicsId")))
                .ExecuteDeleteAsync(ct);
            await db.QuoteFacets
                .Where(f => f.QuoteId == quoteId && f.Kind == QuoteFacetKind.Topic && !keep.Contains(f.FacetId))
                .ExecuteDeleteAsync(ct);
            foreach (var topicId in topicIds)
            {
                // The WHERE skips a quote or topic deleted meanwhile; SQLite also needs it to read ON CONFLICT here.
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO "QuoteTopics" ("QuotesId", "TopicsId")
                    SELECT {quoteId}, {topicId}
                    WHERE EXISTS (SELECT 1 FROM "Quotes" WHERE "Id" = {quoteId}) AND EXISTS (SELECT 1 FROM "Topics" WHERE "Id" = {topicId})
                    ON CONFLICT DO NOTHING
                    """,
                    ct);

                // The quote's row in the filter index, so filtering by topic follows each batch, not only the end.
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId", "StatementId", "QuoteKind", "Repeated")
                    SELECT {(int)QuoteFacetKind.Topic}, {topicId}, q."ReportedUtc", q."Id", q."StatementId", CASE q."Kind" WHEN 'Indirect' THEN 1 ELSE 0 END,
                        EXISTS (SELECT 1 FROM "Quotes" o WHERE o."StatementId" = q."StatementId" AND o."Id" <> q."Id")
                    FROM "Quotes" q
                    WHERE q."Id" = {quoteId} AND EXISTS (SELECT 1 FROM "Topics" WHERE "Id" = {topicId})
                    ON CONFLICT DO NOTHING
                    """,
                    ct);
            }
        }

    }

    private sealed record StoredArticle(int Id, string CleanBody, List<int> TopicIds, List<StoredQuote> Quotes);

    private sealed record StoredQuote(int Id, int StartOffset, int EndOffset, string Text, List<int> TopicIds);
}
