using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Tests.Curation;

public sealed class TopicDeleteTests : CurationTest
{
    [Fact]
    public async Task Deleting_a_topic_takes_its_tags_filter_rows_and_counts_and_leaves_the_quotes()
    {
        await AddArticleAsync(Seed.StoltenbergArticle.Title, Seed.StoltenbergArticle.Body);
        await using var before = Database.CreateContext();
        var topic = await before.Topics.AsNoTracking().SingleAsync(t => t.Slug == "troop-deployment");
        topic.QuoteCount.Should().BeGreaterThan(0);
        var quotes = await before.Quotes.CountAsync();

        var result = await InScopeAsync<TopicService, TopicSaveResult>(s => s.DeleteAsync(topic.Id, Desk, default));

        result.Succeeded.Should().BeTrue();
        await using var db = Database.CreateContext();
        (await db.Topics.AnyAsync(t => t.Id == topic.Id)).Should().BeFalse();
        (await db.QuoteFacets.CountAsync(f => f.Kind == QuoteFacetKind.Topic && f.FacetId == topic.Id)).Should().Be(0);
        (await db.Quotes.CountAsync()).Should().Be(quotes);
        (await db.Quotes.CountAsync(q => q.Topics.Any(t => t.Id == topic.Id))).Should().Be(0);
        var search = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(new QuoteFilter(Text: "combat troops"), default));
        search.Items.Should().NotBeEmpty("full-text search still finds the quotes");
        search.Items.SelectMany(q => q.Topics).Select(t => t.Name).Should().NotContain(topic.Name);
        await ArchiveShouldHoldAsync();
    }

    [Fact]
    public async Task The_audit_log_keeps_the_deleted_topics_keywords()
    {
        await using var before = Database.CreateContext();
        var energy = await before.Topics.AsNoTracking().SingleAsync(t => t.Slug == "energy");

        await InScopeAsync<TopicService, TopicSaveResult>(s => s.DeleteAsync(energy.Id, Desk, default));

        var entry = (await AuditAsync(AuditEntities.Topic, energy.Id)).Should().ContainSingle().Subject;
        entry.Action.Should().Be("deleted");
        entry.User.Should().Be(Desk.Label);
        foreach (var keyword in energy.Keywords.Take(3))
        {
            entry.Before.Should().Contain(keyword);
        }
    }

    [Fact]
    public async Task Deleting_a_topic_that_is_gone_says_so()
    {
        var result = await InScopeAsync<TopicService, TopicSaveResult>(s => s.DeleteAsync(4242, Desk, default));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().Contain("The topic no longer exists.");
    }

    [Fact]
    public async Task Renaming_and_creating_topics_are_audited_with_before_and_after()
    {
        await using var before = Database.CreateContext();
        var energy = await before.Topics.AsNoTracking().SingleAsync(t => t.Slug == "energy");

        await InScopeAsync<TopicService, TopicSaveResult>(s => s.UpdateAsync(energy.Id, energy.Version, new TopicUpdate("energy supply", energy.Keywords), Desk, default));
        var created = await InScopeAsync<TopicService, TopicSaveResult>(s => s.CreateAsync(new TopicUpdate("Cyber attacks", ["hackers"]), Desk, default));

        var renamed = (await AuditAsync(AuditEntities.Topic, energy.Id)).Should().ContainSingle().Subject;
        renamed.Action.Should().Be("renamed");
        renamed.Before.Should().Contain("\"name\":\"energy\"");
        renamed.After.Should().Contain("\"name\":\"energy supply\"");
        await using var db = Database.CreateContext();
        var cyber = await db.Topics.SingleAsync(t => t.Slug == created.Slug);
        (await AuditAsync(AuditEntities.Topic, cyber.Id)).Should().ContainSingle(e => e.Action == "created");
    }
}
