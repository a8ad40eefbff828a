using NewsTracker.Core.Topics;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Topics;

// What the editor reads after saving a topic or re-tagging: whether the quotes already stored follow.
public static class TopicStatus
{
    public static string Saved(string saved, TopicSaveResult result) => result switch
    {
        { Retag: { } retag } => saved + " " + Retagged(retag),
        { RetagPending: true } => saved + " Quotes already stored keep their old topics until you choose “Re-tag existing quotes”.",
        _ => saved,
    };

    public static string Retagged(RetagResult result)
    {
        var message = $"Re-tagged the quotes of {Display.Count(result.Articles, "article", "articles")}: "
            + (result.QuotesChanged == 0 ? "no quote changed topics." : $"{Display.Count(result.QuotesChanged, "quote", "quotes")} changed topics.");
        return result.QuotesNotFound == 0
            ? message
            : message + $" {Display.Count(result.QuotesNotFound, "quote", "quotes")} the extractor no longer finds kept their topics.";
    }
}
