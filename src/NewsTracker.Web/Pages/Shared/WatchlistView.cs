using NewsTracker.Core.Following;

namespace NewsTracker.Web.Pages.Shared;

// The watchlist as a page shows it; ReturnUrl: where "mark seen" comes back to.
public sealed record WatchlistView(Watchlist Watchlist, string ReturnUrl)
{
    public static string PageOf(FollowKind kind) => kind switch
    {
        FollowKind.Speaker => "/Speakers/Details",
        FollowKind.Actor => "/Actors/Details",
        _ => "/Topics/Details",
    };

    public static string Label(FollowKind kind) => kind switch
    {
        FollowKind.Speaker => "speaker",
        FollowKind.Actor => "actor",
        _ => "topic",
    };
}
