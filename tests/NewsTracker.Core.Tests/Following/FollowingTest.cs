using System.Web;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Accounts;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Following;

// Readers and articles for the saved-search and watchlist tests: articles go through the real write path, one
// scope each as one request is, so quote ids grow as they do in the app.
public abstract class FollowingTest : DatabaseTest
{
    protected const string Lindqvist = "Marta Lindqvist";
    protected const string Okafor = "Daniel Okafor";

    private static int _articles;

    protected async Task<string> CreateReaderAsync(string email)
    {
        var result = await InScopeAsync<AccountService, AccountResult>(s =>
            s.CreateAsync(new NewAccount(email, "analyst", AccountServiceTests.GoodPassword), Editor.System, default));
        result.Succeeded.Should().BeTrue(string.Join(' ', result.Errors));
        return result.UserId!;
    }

    // One article whose each sentence is a quote the extractor attributes: (what was said, who said it).
    protected async Task AddArticleAsync(params (string Said, string Speaker)[] quotes)
    {
        var number = Interlocked.Increment(ref _articles);
        var body = string.Join("\n\n", quotes.Select(q => $"\u201C{q.Said},\u201D {q.Speaker} said on Monday."));
        var article = new NewArticle($"Harbour council report {number} {Guid.NewGuid():N}", body, "Coast Gazette",
            PublishedUtc: new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(number % 20));
        var result = await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(article, default));
        result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
    }

    protected async Task<int> ActorIdAsync(string name)
    {
        await using var db = Database.CreateContext();
        return await db.Actors.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    protected async Task<int> TopicIdAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Topics.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
    }

    // How the tests read a stored query string; the web app reads it with the quote list's own binding.
    protected static QuoteFilter FilterOf(string query)
    {
        var values = HttpUtility.ParseQueryString(query);
        return new QuoteFilter(Speaker: values["speaker"], Actor: values["actor"], Topic: values["topic"], Text: values["q"]);
    }
}
