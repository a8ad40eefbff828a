using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Following;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages;

public sealed class IndexModel(QuoteService quotes, TopicService topics, FollowService follows) : PageModel
{
    public const int LatestCount = 20;

    public const int WatchNewestShown = 3;

    public IReadOnlyList<QuoteRow> Latest { get; private set; } = [];

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    // A signed-in reader's followed speakers, actors and topics; visitors see the page without it.
    public Watchlist? Watchlist { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Latest = await quotes.LatestAsync(LatestCount, ct);
        Topics = await topics.ListAsync(ct);
        if (User.IsSignedIn())
        {
            Watchlist = await follows.WatchlistAsync(User.ReaderId(), WatchNewestShown, ct);
        }
    }
}
