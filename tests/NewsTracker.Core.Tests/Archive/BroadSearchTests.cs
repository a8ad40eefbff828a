using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Archive;

// A word in thousands of quotes takes the date-ordered path of QuoteService (more than 2,000 matches); its
// results must be what the exact path would give: every match, newest first, one row per statement.
public sealed class BroadSearchTests : DatabaseTest
{
    [Fact]
    public async Task A_common_word_lists_its_newest_matches_first_and_counts_them_all()
    {
        await using (var scope = Database.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            await importer.ImportAsync([Wire.Source("wire.json", [.. Enumerable.Range(1, 1_100).Select(n => Wire.Article(n))])], progress: null, default);
        }

        int expected;
        List<int> newest;
        await using (var db = Database.CreateContext())
        {
            var matching = db.Quotes.Where(q => q.Text.Contains("troop"));
            expected = await matching.CountAsync();
            newest = await matching.OrderByDescending(q => q.ReportedUtc).ThenByDescending(q => q.Id).Select(q => q.Id).Take(50).ToListAsync();
        }

        var result = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(new QuoteFilter(Text: "troops", PageSize: 50), default));
        var second = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(new QuoteFilter(Text: "troops", PageSize: 25, Page: 2), default));

        expected.Should().BeGreaterThan(2_000, "the test must take the broad path");
        result.Total.Should().Be(expected);
        result.Items.Select(q => q.Id).Should().Equal(newest);
        second.Items.Select(q => q.Id).Should().Equal(newest.Skip(25));
    }

    [Fact]
    public async Task A_common_word_naming_a_topic_also_lists_the_quotes_tagged_with_it()
    {
        await using (var scope = Database.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            await importer.ImportAsync([Wire.Source("wire.json", [.. Enumerable.Range(1, 1_100).Select(n => Wire.Article(n))])], progress: null, default);
        }

        int withWord;
        await using (var db = Database.CreateContext())
        {
            withWord = await db.Quotes.CountAsync(q => q.Text.Contains("troop"));
            await ArchiveRows.AddArticleAsync(db, ArchiveRows.Day(2031, 1, 6),
                ArchiveRows.Quote("Two brigades will move east before the spring thaw.", "Jens Stoltenberg", topics: ["troop deployment"]));
        }

        var result = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(new QuoteFilter(Text: "troops", PageSize: 20), default));

        withWord.Should().BeGreaterThan(2_000, "the test must take the broad path");
        result.Items[0].Text.Should().Be("Two brigades will move east before the spring thaw.", "the newest quote tagged with the topic the word names");
        result.Total.Should().Be(Math.Min(withWord + 1, Paging.CountCap));
    }

    [Fact]
    public async Task A_common_word_naming_a_topic_beside_another_filter_counts_one_past_the_page_and_further_as_it_pages_up_to_the_lower_cap()
    {
        await using (var scope = Database.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            await importer.ImportAsync([Wire.Source("wire.json", [.. Enumerable.Range(1, 1_100).Select(n => Wire.Article(n))])], progress: null, default);
        }

        List<int> newest;
        await using (var db = Database.CreateContext())
        {
            var direct = db.Quotes.Where(q => q.Text.Contains("troop") && q.Kind == QuoteKind.Direct);
            (await direct.CountAsync()).Should().BeGreaterThan(Paging.WalkedCountCap, "the test must reach the lower cap");
            (await db.Quotes.CountAsync(q => q.Text.Contains("troop"))).Should().BeGreaterThan(2_000, "the test must take the broad path");
            newest = await direct.OrderByDescending(q => q.ReportedUtc).ThenByDescending(q => q.Id).Select(q => q.Id).Take(40).ToListAsync();
        }

        var first = await FindAsync(new QuoteFilter(Text: "troops", Kind: QuoteKind.Direct, PageSize: 20));
        var second = await FindAsync(new QuoteFilter(Text: "troops", Kind: QuoteKind.Direct, PageSize: 20, Page: 2));
        var beyond = await FindAsync(new QuoteFilter(Text: "troops", Kind: QuoteKind.Direct, PageSize: 20, Page: 51));

        (first.Quotes.Total, first.Quotes.TotalIsCapped, first.CountedAhead).Should().Be((21, true, true), "counted one quote past the page");
        first.Quotes.HasNext.Should().BeTrue("the quote past the page opens the next");
        first.Quotes.Items.Select(q => q.Id).Should().Equal(newest.Take(20), "the page itself is the newest matches, as without the cap");
        (second.Quotes.Total, second.CountedAhead).Should().Be((41, true), "paging on counts further");
        second.Quotes.Items.Select(q => q.Id).Should().Equal(newest.Skip(20));
        beyond.Quotes.Page.Should().Be(Paging.WalkedCountCap / 20, "pages end at the lower cap");
        (beyond.Quotes.Total, beyond.Quotes.TotalIsCapped, beyond.CountedAhead).Should().Be((Paging.WalkedCountCap, true, false));
        beyond.Quotes.Items.Should().HaveCount(20);
    }

    private Task<QuoteSearchResult> FindAsync(QuoteFilter filter) =>
        InScopeAsync<QuoteService, QuoteSearchResult>(s => s.FindAsync(filter, default));
}
