using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Following;

// QuoteFilter.AfterId, what "new since" counts rest on, in each way the quote list reads: no filter, one facet, two
// facets, and text.
public sealed class AfterIdFilterTests : FollowingTest
{
    [Theory]
    [InlineData(null, null, null)]
    [InlineData("marta-lindqvist", null, null)]
    [InlineData("marta-lindqvist", "energy", null)]
    [InlineData(null, null, "ferry OR gas")]
    public async Task Only_quotes_stored_after_the_mark_pass(string? speaker, string? topic, string? text)
    {
        await AddArticleAsync(("The gas terminal closes for good", Lindqvist), ("The old ferry is sold", Lindqvist));
        var mark = await HighestQuoteIdAsync();
        await AddArticleAsync(("The gas pipeline under the bay will reopen next week", Lindqvist), ("The night ferry returns in May", Okafor));
        var filter = new QuoteFilter(Speaker: speaker, Topic: topic, Text: text, OnePerStatement: true);

        var everything = await SearchAsync(filter);
        var after = await SearchAsync(filter with { AfterId = mark });

        everything.Items.Should().Contain(q => q.Id <= mark);
        after.Items.Should().NotBeEmpty().And.OnlyContain(q => q.Id > mark);
        after.Items.Select(q => q.Id).Should().BeEquivalentTo(everything.Items.Where(q => q.Id > mark).Select(q => q.Id));
        after.Total.Should().Be(after.Items.Count);
    }

    private async Task<int> HighestQuoteIdAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Quotes.MaxAsync(q => q.Id);
    }

    private Task<PagedResult<QuoteRow>> SearchAsync(QuoteFilter filter) =>
        InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(filter, default));
}
