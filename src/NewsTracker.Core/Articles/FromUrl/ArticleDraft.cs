namespace NewsTracker.Core.Articles.FromUrl;

// What a fetched page offers for the article form, for an editor to review before anything is saved.
// Notes say what was adjusted (a body cut to the limit, a missing date).
public sealed record ArticleDraft(
    string? Title,
    string? Outlet,
    string Url,
    string? Author,
    DateTime? PublishedUtc,
    string Body,
    IReadOnlyList<string> Notes);

// A draft, or the reason there is none, in words an editor can act on. BadAddress: the URL itself was refused
// (not http or https, too long), as opposed to a site that failed or a page that was not an article. Passing: the
// failure may not happen again (a timeout, an unreachable site), so a feed tries the page at its next poll.
public sealed record ArticlePageResult(ArticleDraft? Draft, string? Error, bool BadAddress = false, bool Passing = false)
{
    public static ArticlePageResult Failed(string error, bool passing = false) => new(null, error, Passing: passing);
}
