using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Data;
using NewsTracker.Core.Topics;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class TopicListTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task The_topic_list_pages_and_its_pager_keeps_the_search()
    {
        var marker = TestArticles.Marker();
        await AddTopicsAsync(Enumerable.Range(1, 30).Select(n => $"paging{marker} {n:D2}"));
        var client = factory.CreateClient();

        var first = await client.GetDocumentAsync($"/Topics?q=paging{marker}");
        var second = await client.GetDocumentAsync($"/Topics?q=paging{marker}&p=2");

        Names(first).Should().HaveCount(25).And.StartWith($"paging{marker} 01");
        Names(second).Should().Equal(Enumerable.Range(26, 5).Select(n => $"paging{marker} {n:D2}"));
        first.QuerySelector(".result-count").Text().Should().Be($"30 topics match “paging{marker}”.");
        first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href").Should().Be($"/Topics?q=paging{marker}&p=2");
    }

    [Fact]
    public async Task The_topic_list_finds_a_topic_by_the_start_of_its_name_and_shows_its_stored_counts()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/Topics?q=ener");

        Names(page).Should().Equal("energy");
        page.QuerySelectorAll(".topics-table tbody td.text-end").Take(2).Select(c => c.Text()).Should().AllSatisfy(c => c.Should().MatchRegex("^[0-9]+$"));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/Topics?q=zzz-no-such-topic");

        Names(page).Should().BeEmpty();
        page.QuerySelector(".empty-state").Text().Should().Contain("zzz-no-such-topic");
    }

    [Fact]
    public async Task An_over_long_search_is_refused_with_a_message()
    {
        using var response = await factory.CreateClient().GetAsync("/Topics?q=" + new string('x', Topic.NameMaxLength + 1));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should().Contain("at most");
    }

    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll(".topics-table tbody tr td:first-child a").Select(a => a.Text()).ToList();

    private async Task AddTopicsAsync(IEnumerable<string> names)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        db.Topics.AddRange(names.Select(name => new Topic { Name = name, Slug = name.Replace(' ', '-'), Keywords = [name] }));
        await db.SaveChangesAsync();
    }
}
