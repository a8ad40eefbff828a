using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Actors;

// Speakers through the whole pipeline: small articles of our own, each saved in its own scope.
public sealed class SpeakersAcrossArticlesTests : DatabaseTest
{
    [Fact]
    public async Task Stoltenberg_written_three_ways_in_three_articles_is_one_actor()
    {
        await AddAsync("Alliance steps up patrols", "\u201CWe will defend every inch of allied territory,\u201D Jens Stoltenberg said on Monday.");
        await AddAsync("Patrols extended", "\u201CThe patrols will continue into the spring,\u201D Stoltenberg told reporters in Brussels.");
        await AddAsync("NATO chief on Baltic", "\u201CThe Baltic states are not alone,\u201D NATO chief Jens Stoltenberg said in Vilnius.");

        var speakers = await SpeakersOfAsync("We will defend", "The patrols will", "The Baltic states");

        speakers.Should().AllBe("Jens Stoltenberg");
        await using var db = Database.CreateContext();
        (await db.Actors.CountAsync(a => a.Name.Contains("Stoltenberg"))).Should().Be(1);
    }

    [Fact]
    public async Task A_new_person_written_three_ways_in_three_articles_is_one_actor()
    {
        await AddAsync("Finland on border", "\u201CThe border will stay closed for now,\u201D Finnish President Alexander Stubb said on Tuesday.");
        await AddAsync("Border talks", "\u201CWe are watching the situation closely,\u201D Stubb told reporters in Helsinki.");
        await AddAsync("Stubb in Berlin", "\u201CEurope must spend more on defence,\u201D Alexander Stubb said in Berlin.");

        var speakers = await SpeakersOfAsync("The border will stay", "We are watching", "Europe must spend");

        speakers.Should().AllBe("Alexander Stubb");
        await using var db = Database.CreateContext();
        (await db.Actors.CountAsync(a => a.Name.Contains("Stubb"))).Should().Be(1);
    }

    [Fact]
    public async Task A_new_foreign_minister_becomes_an_actor_with_role_and_affiliation()
    {
        await using (var db = Database.CreateContext())
        {
            // Lavrov is reference data; remove him so the article has to introduce him.
            await db.Actors.Where(a => a.Name == "Sergei Lavrov").ExecuteDeleteAsync();
        }

        await AddAsync(
            "Lavrov rejects proposal",
            "\u201CWe will not accept any ultimatums,\u201D Russian Foreign Minister Sergei Lavrov said at a news conference in Moscow on Friday.");

        var lavrov = await ActorAsync("Sergei Lavrov");
        lavrov.Kind.Should().Be(ActorKind.Person);
        lavrov.Role.Should().Be("Foreign Minister");
        lavrov.Affiliation!.Name.Should().Be("Russia");
        (await SpeakersOfAsync("We will not accept")).Should().Equal("Sergei Lavrov");
    }

    [Fact]
    public async Task A_known_foreign_minister_introduced_with_title_links_to_the_reference_actor()
    {
        await AddAsync(
            "Lavrov rejects proposal",
            "\u201CWe will not accept any ultimatums,\u201D Russian Foreign Minister Sergei Lavrov said at a news conference in Moscow on Friday.");

        await using var db = Database.CreateContext();
        (await db.Actors.CountAsync(a => a.Name.Contains("Lavrov"))).Should().Be(1);
        (await SpeakersOfAsync("We will not accept")).Should().Equal("Sergei Lavrov");
    }

    [Fact]
    public async Task A_new_deputy_minister_gets_the_role_and_affiliation_the_article_gives()
    {
        await AddAsync(
            "Arms control",
            "\u201CThe treaty is effectively dead,\u201D Russian Deputy Foreign Minister Sergei Ryabkov said on Wednesday.");

        var ryabkov = await ActorAsync("Sergei Ryabkov");
        ryabkov.Role.Should().Be("Deputy Foreign Minister");
        ryabkov.Affiliation!.Name.Should().Be("Russia");
    }

    [Fact]
    public async Task Two_people_sharing_a_surname_in_one_article_are_not_merged()
    {
        await AddAsync(
            "Two Murphys on Ukraine aid",
            """
            U.S. Senator Chris Murphy and New Jersey Governor Phil Murphy spoke at separate events on Thursday.

            "We cannot walk away from Kyiv now," Chris Murphy said in Washington.

            "Our first job is to bring energy prices down at home," Phil Murphy said in Trenton.
            """);

        var speakers = await SpeakersOfAsync("We cannot walk away", "Our first job");

        speakers.Should().Equal("Chris Murphy", "Phil Murphy");
        await using var db = Database.CreateContext();
        (await db.Actors.CountAsync(a => a.Name.EndsWith("Murphy"))).Should().Be(2);
    }

    private async Task AddAsync(string title, string body)
    {
        var result = await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(new NewArticle(title, body), default));
        result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
        Database.Clock.Advance(TimeSpan.FromDays(1));
    }

    private async Task<List<string?>> SpeakersOfAsync(params string[] openings)
    {
        await using var db = Database.CreateContext();
        var speakers = new List<string?>();
        foreach (var opening in openings)
        {
            var quote = await db.Quotes.Include(q => q.Speaker).Where(q => q.Kind == QuoteKind.Direct && q.Text.StartsWith(opening)).ToListAsync();
            quote.Should().ContainSingle("one direct quote opens \"{0}\"", opening);
            speakers.Add(quote[0].Speaker?.Name);
        }

        return speakers;
    }

    private async Task<Actor> ActorAsync(string name)
    {
        await using var db = Database.CreateContext();
        return await db.Actors.Include(a => a.Affiliation).SingleAsync(a => a.Name == name);
    }
}
