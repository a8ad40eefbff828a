using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Tests.Topics;

public sealed class TopicServiceTests : DatabaseTest
{
    [Fact]
    public async Task Updating_keywords_saves_them_trimmed_and_without_repeats()
    {
        var energy = await TopicIdAsync("energy");

        var result = await UpdateAsync(energy, new TopicUpdate("energy", ["  hydrogen ", "Hydrogen", "gas", ""]));

        result.Succeeded.Should().BeTrue();
        (await TopicAsync("energy")).Keywords.Should().Equal("hydrogen", "gas");
    }

    [Fact]
    public async Task Updating_without_keywords_or_phrases_is_refused()
    {
        var energy = await TopicIdAsync("energy");

        var result = await UpdateAsync(energy, new TopicUpdate("energy", [" ", ""], [""]));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("keyword");
        (await TopicAsync("energy")).Keywords.Should().Contain("gas");
    }

    [Fact]
    public async Task Phrases_and_exclusions_are_saved_and_queue_a_re_tag()
    {
        var energy = await TopicAsync("energy");

        var result = await UpdateAsync(energy.Id, new TopicUpdate("energy", ["gas"], ["heat pump", " heat pump "], ["gas giant"]));

        result.Succeeded.Should().BeTrue(string.Join(' ', result.Errors));
        result.Retag.Should().NotBeNull();
        var stored = await TopicAsync("energy");
        (stored.Phrases, stored.Exclusions).Should().BeEquivalentTo((new[] { "heat pump" }, new[] { "gas giant" }));
    }

    [Fact]
    public async Task An_update_that_sends_no_phrases_or_exclusions_keeps_the_stored_ones()
    {
        var energy = await TopicAsync("energy");

        (await UpdateAsync(energy.Id, new TopicUpdate("energy", ["gas"]))).Succeeded.Should().BeTrue();

        var stored = await TopicAsync("energy");
        stored.Phrases.Should().Equal(energy.Phrases).And.NotBeEmpty();
        stored.Exclusions.Should().Equal(energy.Exclusions);
    }

    [Fact]
    public async Task A_one_word_phrase_is_refused_and_nothing_is_saved()
    {
        var energy = await TopicAsync("energy");

        var result = await UpdateAsync(energy.Id, new TopicUpdate("energy", ["gas"], ["hydrogen"], []));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("one word");
        (await TopicAsync("energy")).Phrases.Should().Equal(energy.Phrases);
    }

    [Fact]
    public async Task Updating_without_a_name_is_refused()
    {
        var energy = await TopicIdAsync("energy");

        var result = await UpdateAsync(energy, new TopicUpdate("  ", ["gas"]));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("name");
    }

    [Fact]
    public async Task A_keyword_over_the_length_limit_is_refused()
    {
        var energy = await TopicIdAsync("energy");

        var result = await UpdateAsync(energy, new TopicUpdate("energy", ["gas", new string('k', Topic.KeywordMaxLength + 1)]));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("longer than");
    }

    [Fact]
    public async Task More_keywords_than_the_limit_are_refused()
    {
        var energy = await TopicIdAsync("energy");

        var result = await UpdateAsync(energy, new TopicUpdate("energy", [.. Enumerable.Range(0, Topic.MaxKeywords + 1).Select(i => $"word{i}")]));

        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public async Task Updating_a_missing_topic_is_refused()
    {
        var result = await UpdateAsync(4242, new TopicUpdate("energy", ["gas"]));

        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public async Task Renaming_a_topic_to_another_topics_name_is_refused()
    {
        var sanctions = await TopicIdAsync("sanctions");

        var result = await UpdateAsync(sanctions, new TopicUpdate("energy", ["embargo"]));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("already exists");
    }

    [Theory]
    [InlineData("Energy")]
    [InlineData("ENERGY ")]
    public async Task Renaming_a_topic_to_another_topics_name_in_other_letter_case_is_refused(string name)
    {
        var sanctions = await TopicIdAsync("sanctions");

        var result = await UpdateAsync(sanctions, new TopicUpdate(name, ["embargo"]));

        result.Succeeded.Should().BeFalse();
        (await TopicAsync("sanctions")).Name.Should().Be("sanctions");
    }

    [Fact]
    public async Task Renaming_a_topic_keeps_its_slug()
    {
        var sanctions = await TopicIdAsync("sanctions");

        var result = await UpdateAsync(sanctions, new TopicUpdate("economic sanctions", ["embargo"]));

        result.Succeeded.Should().BeTrue();
        result.Slug.Should().Be("sanctions");
        (await TopicAsync("sanctions")).Name.Should().Be("economic sanctions");
    }

    [Fact]
    public async Task Creating_a_topic_gives_it_a_slug_from_its_name()
    {
        var result = await CreateAsync(new TopicUpdate("Cyber attacks", ["cyberattack", "hackers"]));

        result.Succeeded.Should().BeTrue();
        result.Slug.Should().Be("cyber-attacks");
        (await TopicAsync("cyber-attacks")).Keywords.Should().Equal("cyberattack", "hackers");
    }

    [Theory]
    [InlineData("New", "new-topic")]
    [InlineData("index", "index-topic")]
    public async Task A_topic_named_like_a_topics_page_gets_a_slug_that_does_not_clash(string name, string slug)
    {
        var result = await CreateAsync(new TopicUpdate(name, ["anything"]));

        result.Slug.Should().Be(slug);
    }

    [Theory]
    [InlineData("energy")]
    [InlineData("Energy")]
    [InlineData("Troop deployment")]
    [InlineData("troop-deployment")]
    public async Task Creating_a_topic_with_a_taken_name_is_refused(string name)
    {
        var result = await CreateAsync(new TopicUpdate(name, ["anything"]));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("already exists");
    }

    [Fact]
    public async Task Creating_a_topic_named_like_a_renamed_topic_in_other_letter_case_is_refused()
    {
        var sanctions = await TopicIdAsync("sanctions");
        (await UpdateAsync(sanctions, new TopicUpdate("Trade measures", ["embargo"]))).Succeeded.Should().BeTrue();

        var result = await CreateAsync(new TopicUpdate("trade measures", ["tariff"]));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Contain("already exists");
    }

    [Fact]
    public async Task A_new_keyword_tags_the_next_imported_article()
    {
        await AddAsync("Before", "\u201CWe will build a hydrogen network across the region,\u201D Olaf Scholz said on Monday.");
        var energy = await TopicIdAsync("energy");
        var keywords = (await TopicAsync("energy")).Keywords.Append("electrolyser").ToList();

        (await UpdateAsync(energy, new TopicUpdate("energy", keywords))).Succeeded.Should().BeTrue();
        await AddAsync("After", "\u201CThe first electrolyser will open in the autumn,\u201D Olaf Scholz said on Tuesday.");

        (await TopicsOfQuoteAsync("The first electrolyser")).Should().Contain("energy");
    }

    [Fact]
    public async Task A_new_topic_tags_the_next_imported_article()
    {
        await AddAsync("Before", "\u201CWe will build a hydrogen network across the region,\u201D Olaf Scholz said on Monday.");

        (await CreateAsync(new TopicUpdate("Cyber attacks", ["hackers"]))).Succeeded.Should().BeTrue();
        await AddAsync("After", "\u201CThe hackers were working for a foreign state,\u201D Olaf Scholz said on Tuesday.");

        (await TopicsOfQuoteAsync("The hackers were")).Should().Contain("Cyber attacks");
    }

    [Fact]
    public async Task The_topic_list_counts_quotes_and_articles()
    {
        await AddAsync("Energy", "\u201CWe need more gas from Norway,\u201D Olaf Scholz said on Monday.");

        var topics = await InScopeAsync<TopicService, List<TopicRow>>(s => s.ListAsync(default));

        topics.Should().HaveCountGreaterThanOrEqualTo(7).And.BeInAscendingOrder(t => t.Name);
        var energy = topics.Single(t => t.Slug == "energy");
        energy.QuoteCount.Should().Be(1);
        energy.ArticleCount.Should().Be(1);
    }

    [Fact]
    public async Task Saving_a_topic_bumps_its_version()
    {
        var before = await TopicAsync("energy");

        (await UpdateAsync(before.Id, new TopicUpdate("energy", ["gas"]))).Succeeded.Should().BeTrue();

        (await TopicAsync("energy")).Version.Should().Be(before.Version + 1);
    }

    [Fact]
    public async Task A_save_from_an_older_version_is_refused_with_what_the_other_editor_saved()
    {
        var energy = await TopicAsync("energy");
        (await UpdateAsync(energy.Id, new TopicUpdate("energy supply", ["gas", "oil"], [], []))).Succeeded.Should().BeTrue();

        var stale = await InScopeAsync<TopicService, TopicSaveResult>(s =>
            s.UpdateAsync(energy.Id, energy.Version, new TopicUpdate("power", ["electricity"]), Editor.System, default));

        stale.Succeeded.Should().BeFalse();
        stale.Retag.Should().BeNull();
        stale.Conflict.Should().BeEquivalentTo(new TopicConflict("energy supply", ["gas", "oil"], energy.Version + 1, [], []));
        var stored = await TopicAsync("energy");
        stored.Name.Should().Be("energy supply");
        stored.Keywords.Should().Equal("gas", "oil");
    }

    [Fact]
    public async Task The_topic_page_lists_topics_by_name_a_page_at_a_time()
    {
        var all = await InScopeAsync<TopicService, List<TopicRow>>(s => s.ListAsync(default));

        var second = await InScopeAsync<TopicService, PagedResult<TopicRow>>(s => s.PageAsync(null, 2, 3, default));

        second.Total.Should().Be(all.Count);
        second.Items.Select(t => t.Slug).Should().Equal(all.Skip(3).Take(3).Select(t => t.Slug));
        second.PageCount.Should().Be((all.Count + 2) / 3);
    }

    [Theory]
    [InlineData("ener", new[] { "energy" })]
    [InlineData("ENER", new[] { "energy" })]
    [InlineData("deploy", new[] { "troop-deployment" })]
    [InlineData("  troop  dep ", new[] { "troop-deployment" })]
    [InlineData("%", new string[0])]
    [InlineData("_nergy", new string[0])]
    [InlineData("nergy", new string[0])]
    public async Task The_topic_list_finds_topics_by_the_start_of_their_name_or_of_a_word_in_it(string q, string[] slugs)
    {
        var page = await InScopeAsync<TopicService, PagedResult<TopicRow>>(s => s.PageAsync(q, 1, 25, default));

        page.Items.Select(t => t.Slug).Should().Equal(slugs);
        page.Total.Should().Be(slugs.Length);
    }

    [Fact]
    public async Task A_page_past_the_end_of_the_topic_list_is_empty_but_keeps_the_total()
    {
        var page = await InScopeAsync<TopicService, PagedResult<TopicRow>>(s => s.PageAsync(null, 99, 25, default));

        page.Items.Should().BeEmpty();
        page.Total.Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("gas, oil\nLNG\r\n coal ,gas", new[] { "gas", "oil", "LNG", "coal" })]
    [InlineData(null, new string[0])]
    public void Keywords_typed_one_a_line_or_comma_separated_are_parsed(string? text, string[] expected)
    {
        TopicService.ParseKeywords(text).Should().Equal(expected);
    }

    private async Task AddAsync(string title, string body)
    {
        var result = await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(new NewArticle(title, body), default));
        result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
    }

    private async Task<List<string>> TopicsOfQuoteAsync(string opening)
    {
        await using var db = Database.CreateContext();
        return await db.Quotes.Where(q => q.Text.StartsWith(opening)).SelectMany(q => q.Topics.Select(t => t.Name)).ToListAsync();
    }

    // An editor whose form was filled from the stored version, as the edit page fills it.
    private async Task<TopicSaveResult> UpdateAsync(int id, TopicUpdate update)
    {
        await using var db = Database.CreateContext();
        var version = await db.Topics.Where(t => t.Id == id).Select(t => t.Version).FirstOrDefaultAsync();
        return await InScopeAsync<TopicService, TopicSaveResult>(s => s.UpdateAsync(id, version, update, Editor.System, default));
    }

    private Task<TopicSaveResult> CreateAsync(TopicUpdate update) =>
        InScopeAsync<TopicService, TopicSaveResult>(s => s.CreateAsync(update, Editor.System, default));

    private async Task<int> TopicIdAsync(string slug) => (await TopicAsync(slug)).Id;

    private async Task<Topic> TopicAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Topics.SingleAsync(t => t.Slug == slug);
    }
}
