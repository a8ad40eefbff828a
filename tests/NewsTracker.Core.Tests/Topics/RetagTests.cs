using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Tests.Topics;

public sealed class RetagTests : DatabaseTest
{
    private const string HydrogenBody = "\u201CWe will build an electrolyser in every port of the region,\u201D Olaf Scholz said on Monday.";
    private const string GasBody = "\u201CWe need more gas from Norway this winter,\u201D Olaf Scholz said on Tuesday.";

    [Fact]
    public async Task A_keyword_added_to_a_topic_tags_the_quotes_already_stored()
    {
        await AddAsync("Ports", HydrogenBody);
        (await TopicsOfQuoteAsync("We will build")).Should().NotContain("energy");

        var result = await AddKeywordAsync("energy", "electrolyser");

        result.Retag.Should().NotBeNull();
        result.Retag!.QuotesChanged.Should().Be(1);
        result.Retag.ArticlesChanged.Should().Be(1);
        (await TopicsOfQuoteAsync("We will build")).Should().Contain("energy");
        (await TopicsOfArticleAsync("Ports")).Should().Contain("energy");
    }

    [Fact]
    public async Task A_keyword_removed_from_a_topic_untags_the_quotes_and_the_article()
    {
        await AddAsync("Norway", GasBody);
        (await TopicsOfQuoteAsync("We need more gas")).Should().Contain("energy");

        var energy = await TopicAsync("energy");
        await UpdateAsync(energy.Id, new TopicUpdate("energy", [.. energy.Keywords.Where(k => !k.Contains("gas", StringComparison.OrdinalIgnoreCase))]));

        (await TopicsOfQuoteAsync("We need more gas")).Should().NotContain("energy");
        (await TopicsOfArticleAsync("Norway")).Should().NotContain("energy");
    }

    [Fact]
    public async Task A_new_topic_tags_the_quotes_already_stored()
    {
        await AddAsync("Cyber", "\u201CThe hackers were working for a foreign state,\u201D Olaf Scholz said on Tuesday.");

        var result = await InScopeAsync<TopicService, TopicSaveResult>(s => s.CreateAsync(new TopicUpdate("Cyber attacks", ["hacker"]), default));

        result.Retag!.QuotesChanged.Should().Be(1);
        (await TopicsOfQuoteAsync("The hackers were")).Should().Contain("Cyber attacks");
        (await TopicsOfArticleAsync("Cyber")).Should().Contain("Cyber attacks");
    }

    [Fact]
    public async Task Renaming_a_topic_without_touching_its_keywords_re_tags_nothing()
    {
        await AddAsync("Norway", GasBody);
        var energy = await TopicAsync("energy");

        var result = await UpdateAsync(energy.Id, new TopicUpdate("energy supply", energy.Keywords));

        result.Retag.Should().BeNull();
        result.RetagPending.Should().BeFalse();
        (await TopicsOfQuoteAsync("We need more gas")).Should().Contain("energy supply");
    }

    [Fact]
    public async Task Re_tagging_with_unchanged_keywords_changes_nothing()
    {
        await ImportSeedsAsync();
        var before = await QuoteTopicPairsAsync();

        var result = await RetagAsync();

        result.Articles.Should().Be(1);
        result.QuotesChanged.Should().Be(0);
        result.ArticlesChanged.Should().Be(0);
        result.QuotesNotFound.Should().Be(0);
        (await QuoteTopicPairsAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task Re_tagging_reaches_every_article_when_there_are_more_than_one_batch()
    {
        for (var i = 0; i < 7; i++)
        {
            await AddAsync($"Port {i}", $"\u201CWe will build electrolyser number {i} in the port of Rostock,\u201D Olaf Scholz said on day {i}.");
        }

        await AddKeywordAsync("energy", "electrolyser", retag: false);
        var result = await InScopeAsync<QuoteRetagger, RetagResult>(r => r.RetagAsync(batchSize: 3, default));

        result.Articles.Should().Be(7);
        result.QuotesChanged.Should().Be(7);
        await using var db = Database.CreateContext();
        (await db.Articles.CountAsync(a => a.Topics.Any(t => t.Slug == "energy"))).Should().Be(7);
    }

    [Fact]
    public async Task Quotes_keep_their_speakers_statements_and_offsets_when_re_tagged()
    {
        await ImportSeedsAsync();
        var before = await QuoteFactsAsync();

        await AddKeywordAsync("energy", "door");

        (await QuoteFactsAsync()).Should().Equal(before);
        (await TopicsOfQuoteAsync("NATO's door is open")).Should().Contain("energy");
    }

    private async Task<TopicSaveResult> AddKeywordAsync(string slug, string keyword, bool retag = true)
    {
        var topic = await TopicAsync(slug);
        if (!retag)
        {
            await using var db = Database.CreateContext();
            var tracked = await db.Topics.SingleAsync(t => t.Id == topic.Id);
            tracked.Keywords = [.. topic.Keywords, keyword];
            await db.SaveChangesAsync();
            Database.Services.GetRequiredService<CatalogueCache>().Invalidate();
            return new TopicSaveResult(true, slug, []);
        }

        var result = await UpdateAsync(topic.Id, new TopicUpdate(topic.Name, [.. topic.Keywords, keyword]));
        result.Succeeded.Should().BeTrue(string.Join(' ', result.Errors));
        return result;
    }

    private async Task AddAsync(string title, string body)
    {
        var result = await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(new NewArticle(title, body), default));
        result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
    }

    private Task<ImportReport> ImportSeedsAsync() =>
        InScopeAsync<ArticleImporter, ImportReport>(i => i.ImportAsync([Seed.SeedsFolder], null, default));

    private Task<RetagResult> RetagAsync() => InScopeAsync<TopicService, RetagResult>(s => s.RetagAsync(default));

    private Task<TopicSaveResult> UpdateAsync(int id, TopicUpdate update) =>
        InScopeAsync<TopicService, TopicSaveResult>(s => s.UpdateAsync(id, update, default));

    private async Task<Topic> TopicAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Topics.AsNoTracking().SingleAsync(t => t.Slug == slug);
    }

    private async Task<List<string>> TopicsOfQuoteAsync(string opening)
    {
        await using var db = Database.CreateContext();
        return await db.Quotes.Where(q => q.Text.StartsWith(opening)).SelectMany(q => q.Topics.Select(t => t.Name)).ToListAsync();
    }

    private async Task<List<string>> TopicsOfArticleAsync(string title)
    {
        await using var db = Database.CreateContext();
        return await db.Articles.Where(a => a.Title == title).SelectMany(a => a.Topics.Select(t => t.Name)).ToListAsync();
    }

    private async Task<List<string>> QuoteTopicPairsAsync()
    {
        await using var db = Database.CreateContext();
        var quotes = await db.Quotes.Select(q => new { q.Id, Topics = q.Topics.Select(t => t.Slug).ToList() }).ToListAsync();
        return [.. quotes.SelectMany(q => q.Topics.Select(t => q.Id + ":" + t))];
    }

    private async Task<List<string>> QuoteFactsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Quotes.OrderBy(q => q.Id)
            .Select(q => q.Id + "|" + q.StartOffset + "|" + q.EndOffset + "|" + q.SpeakerId + "|" + q.StatementId + "|" + q.Text)
            .ToListAsync();
    }
}

public sealed class RetagOnLargeDatabaseTests : DatabaseTest
{
    [Fact]
    public async Task Saving_a_topic_on_a_large_database_leaves_re_tagging_for_later()
    {
        await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(
            new NewArticle("Ports", "\u201CWe will build an electrolyser in every port of the region,\u201D Olaf Scholz said on Monday."), default));
        await using (var db = Database.CreateContext())
        {
            var energy = await db.Topics.AsNoTracking().SingleAsync(t => t.Slug == "energy");
            var saved = await InScopeAsync<TopicService, TopicSaveResult>(s => s.UpdateAsync(energy.Id, new TopicUpdate("energy", [.. energy.Keywords, "electrolyser"]), default));

            saved.RetagPending.Should().BeTrue();
            saved.Retag.Should().BeNull();
            (await db.Quotes.CountAsync(q => q.Topics.Any(t => t.Slug == "energy"))).Should().Be(0);
        }

        var result = await InScopeAsync<TopicService, RetagResult>(s => s.RetagAsync(default));

        result.QuotesChanged.Should().Be(1);
        await using var after = Database.CreateContext();
        (await after.Quotes.CountAsync(q => q.Topics.Any(t => t.Slug == "energy"))).Should().Be(1);
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<TopicOptions>(options => options.RetagOnSaveMaxArticles = 0);
}
