using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Topics;

// QuotesNotFound counts stored quotes the current extractor no longer finds at the same place; they keep
// their topics (re-extracting an article, not re-tagging it, would settle them).
public sealed record RetagResult(int Articles, int QuotesChanged, int ArticlesChanged, int QuotesNotFound);

// Brings stored quotes in line with the current topic keywords. Topics come from the extractor itself
// (the tagging an article gets when it is added), so each stored article is extracted again and each
// stored quote takes the topics of the quote found at the same offsets. Articles are read in batches
// on a cleared change tracker, so memory stays flat however large the database is.
public sealed class QuoteRetagger(NewsDbContext db, QuoteExtractor extractor, CatalogueCache catalogue, ILogger<QuoteRetagger> logger)
{
    public const int DefaultBatchSize = 50;

    public Task<RetagResult> RetagAsync(CancellationToken ct) => RetagAsync(DefaultBatchSize, ct);

    // Call with no unsaved changes on the context: every batch ends by clearing the change tracker.
    internal async Task<RetagResult> RetagAsync(int batchSize, CancellationToken ct)
    {
        var compiled = await catalogue.GetAsync(db, ct);
        int articles = 0, quotesChanged = 0, articlesChanged = 0, notFound = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Articles
                .Where(a => a.Id > lastId)
                .OrderBy(a => a.Id)
                .Take(batchSize)
                .Include(a => a.Topics)
                .Include(a => a.Quotes).ThenInclude(q => q.Topics)
                .AsSplitQuery()
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var topics = await db.Topics.ToDictionaryAsync(t => t.Name, StringComparer.OrdinalIgnoreCase, ct);
            foreach (var article in batch)
            {
                var extraction = extractor.Extract(article.RawBody, compiled, article.Title);
                var bySpan = new Dictionary<(int, int, QuoteKind), IReadOnlyList<string>>();
                var byText = new Dictionary<(QuoteKind, string), IReadOnlyList<string>>();
                foreach (var found in extraction.Quotes)
                {
                    bySpan.TryAdd((found.Start, found.End, found.Kind), found.Topics);
                    byText.TryAdd((found.Kind, found.Text), found.Topics);
                }

                var union = new HashSet<Topic>();
                foreach (var quote in article.Quotes)
                {
                    if (bySpan.TryGetValue((quote.StartOffset, quote.EndOffset, quote.Kind), out var names)
                        || byText.TryGetValue((quote.Kind, quote.Text), out names))
                    {
                        var wanted = names.Select(n => topics.GetValueOrDefault(n)).OfType<Topic>().ToHashSet();
                        if (Replace(quote.Topics, wanted))
                        {
                            quotesChanged++;
                        }
                    }
                    else
                    {
                        notFound++;
                    }

                    union.UnionWith(quote.Topics);
                }

                if (Replace(article.Topics, union))
                {
                    articlesChanged++;
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            articles += batch.Count;
            lastId = batch[^1].Id;
        }

        await ArchiveCounts.RecountTopicsAsync(db, ct);
        logger.LogInformation(
            "Re-tagged {Articles} articles: {QuotesChanged} quotes and {ArticlesChanged} articles changed topics; {QuotesNotFound} quotes not found again kept theirs",
            articles, quotesChanged, articlesChanged, notFound);
        return new RetagResult(articles, quotesChanged, articlesChanged, notFound);
    }

    private static bool Replace(List<Topic> current, HashSet<Topic> wanted)
    {
        if (current.Count == wanted.Count && current.All(wanted.Contains))
        {
            return false;
        }

        current.RemoveAll(t => !wanted.Contains(t));
        current.AddRange(wanted.Where(t => !current.Contains(t)).ToList());
        return true;
    }
}
