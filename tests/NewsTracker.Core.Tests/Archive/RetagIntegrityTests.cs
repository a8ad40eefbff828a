using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Tests.Archive;

// Re-tagging changes many quotes' topic links at once: the stored counts and the filter index must follow.
public sealed class RetagIntegrityTests : DatabaseTest
{
    [Fact]
    public async Task After_a_keyword_change_and_a_re_tag_the_counts_and_the_filter_index_match_the_links()
    {
        var folder = Path.Combine(Seed.RepositoryRoot, "tests", "eval-set");
        await using (var scope = Database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ArticleImporter>()
                .ImportAsync(Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(20), progress: null, default);
        }

        int before;
        await using (var db = Database.CreateContext())
        {
            var energy = await db.Topics.SingleAsync(t => t.Slug == "energy");
            before = energy.QuoteCount;
            energy.Keywords = [.. energy.Keywords, "said", "will"];
            await db.SaveChangesAsync();
        }

        await using (var scope = Database.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CatalogueCache>().Invalidate();
            await scope.ServiceProvider.GetRequiredService<QuoteRetagger>().RetagAsync(progress: null, default);
        }

        await using var after = Database.CreateContext();
        var topic = await after.Topics.SingleAsync(t => t.Slug == "energy");
        topic.QuoteCount.Should().BeGreaterThan(before, "common words as keywords tag more quotes");
        (await after.QuoteFacets.CountAsync(f => f.Kind == QuoteFacetKind.Topic && f.FacetId == topic.Id)).Should().Be(topic.QuoteCount);
        await ArchiveIntegrity.ShouldHoldAsync(after);
    }
}
