using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Following;

// "New since they last looked" for saved searches and follows alike: the quotes a filter matches whose id is above
// the reader's high-water mark, newest first and one per statement as the lists show them, counted like every list.
internal static class NewQuotes
{
    public static async Task<QuoteSearchResult> FindAsync(QuoteService quotes, QuoteFilter filter, int? lastSeenQuoteId, int take, CancellationToken ct) =>
        await quotes.FindAsync(
            filter with { AfterId = lastSeenQuoteId, Page = 1, PageSize = Math.Clamp(take, 1, Paging.MaxPageSize), OnePerStatement = true, Sort = QuoteSort.Newest },
            ct);

    // The newest quote id: everything up to it has been seen once a reader marks it.
    public static async Task<int> HighWaterAsync(NewsDbContext db, CancellationToken ct) =>
        await db.Quotes.MaxAsync(q => (int?)q.Id, ct) ?? 0;
}
