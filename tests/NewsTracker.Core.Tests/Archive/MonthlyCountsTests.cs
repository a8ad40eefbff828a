using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Attention;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Core.Topics;
using static NewsTracker.Core.Tests.Corrections.CorrectionTests;

namespace NewsTracker.Core.Tests.Archive;

// The stored monthly counts the charts read follow every write: an added, edited or deleted article, a corrected
// speaker, a re-tag, a deleted topic; and a chart by month shows what counting the quotes themselves shows.
public sealed class MonthlyCountsTests : DatabaseTest
{
    private static readonly DateTime April2022 = new(2022, 4, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime June2022 = new(2022, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Editor Desk = new("editor-1", "editor@newsroom.test");

    [Fact]
    public async Task An_added_article_counts_its_speakers_quotes_in_its_month()
    {
        await AddAsync();

        await using var db = Database.CreateContext();
        var niinisto = await SpeakerIdAsync(db, "Sauli Niinistö");
        var spoken = await db.Quotes.Where(q => q.SpeakerId == niinisto).GroupBy(q => q.Kind).ToDictionaryAsync(g => g.Key, g => g.Count());
        var row = await db.MonthlyCounts.SingleAsync(c => c.Kind == QuoteFacetKind.Speaker && c.FacetId == niinisto && c.TopicId == MonthlyCount.AllTopics);
        row.MonthUtc.Should().Be(April2022);
        (row.Direct, row.Reported).Should().Be((spoken.GetValueOrDefault(QuoteKind.Direct), spoken.GetValueOrDefault(QuoteKind.Indirect)));
        row.Direct.Should().BeGreaterThan(0);
        await ArchiveIntegrity.ShouldHoldAsync(db);
    }

    [Fact]
    public async Task An_edit_that_changes_the_date_moves_the_counts_to_the_new_month()
    {
        var id = await AddAsync();

        var edited = await InScopeAsync<ArticleEditor, ArticleChangeResult>(
            e => e.UpdateAsync(id, Article(Body()) with { PublishedUtc = June2022.AddDays(9) }, 0, Desk, default));

        edited.Status.Should().Be(ArticleChangeStatus.Changed);
        await using var db = Database.CreateContext();
        (await db.MonthlyCounts.Select(c => c.MonthUtc).Distinct().ToListAsync()).Should().Equal(June2022);
        await ArchiveIntegrity.ShouldHoldAsync(db);
    }

    [Fact]
    public async Task A_deleted_article_takes_its_counts_with_it()
    {
        var id = await AddAsync();

        var deleted = await InScopeAsync<ArticleEditor, DeletedArticle?>(e => e.DeleteAsync(id, Desk, default));

        deleted.Should().NotBeNull();
        await using var db = Database.CreateContext();
        (await db.MonthlyCounts.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_corrected_speaker_moves_the_quote_to_the_other_speakers_month()
    {
        await AddAsync();
        int quoteId, niinistoBefore;
        await using (var db = Database.CreateContext())
        {
            quoteId = await db.Quotes.Where(q => q.Text == Ready).Select(q => q.Id).SingleAsync();
            niinistoBefore = await DirectAsync(db, QuoteFacetKind.Speaker, await SpeakerIdAsync(db, "Sauli Niinistö"));
        }

        var corrected = await InScopeAsync<ArticleEditor, ArticleChangeResult>(
            e => e.CorrectQuoteAsync(quoteId, new QuoteChange(ChangeSpeaker: true, Speaker: "Jens Stoltenberg"), Desk, default));

        corrected.Status.Should().Be(ArticleChangeStatus.Changed);
        await using var after = Database.CreateContext();
        (await DirectAsync(after, QuoteFacetKind.Speaker, await SpeakerIdAsync(after, "Jens Stoltenberg"))).Should().Be(1);
        (await DirectAsync(after, QuoteFacetKind.Speaker, await SpeakerIdAsync(after, "Sauli Niinistö"))).Should().Be(niinistoBefore - 1);
        await ArchiveIntegrity.ShouldHoldAsync(after);
    }

    [Fact]
    public async Task A_re_tag_after_a_keyword_change_counts_the_newly_tagged_quotes_under_the_topic()
    {
        await AddAsync();
        int energy;
        await using (var db = Database.CreateContext())
        {
            var topic = await db.Topics.SingleAsync(t => t.Slug == "energy");
            energy = topic.Id;
            topic.Keywords = [.. topic.Keywords, "decision"];
            await db.SaveChangesAsync();
            (await DirectAsync(db, QuoteFacetKind.Topic, energy)).Should().Be(0, "nothing in the article is about energy yet");
        }

        await using (var scope = Database.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CatalogueCache>().Invalidate();
            await scope.ServiceProvider.GetRequiredService<QuoteRetagger>().RetagAsync(progress: null, default);
        }

        await using var after = Database.CreateContext();
        (await DirectAsync(after, QuoteFacetKind.Topic, energy)).Should().BeGreaterThan(0, "“… take this decision …” is tagged now");
        var niinisto = await SpeakerIdAsync(after, "Sauli Niinistö");
        (await after.MonthlyCounts.AnyAsync(c => c.Kind == QuoteFacetKind.Speaker && c.FacetId == niinisto && c.TopicId == energy))
            .Should().BeTrue("the speaker's chart stacked by topic shows the topic");
        await ArchiveIntegrity.ShouldHoldAsync(after);
    }

    [Fact]
    public async Task A_deleted_topic_leaves_no_counts_and_its_only_quotes_count_as_untagged()
    {
        int membership;
        await using (var db = Database.CreateContext())
        {
            await AttentionData.AddAsync(db);
            membership = await ArchiveRows.TopicIdAsync(db, "alliance membership");
        }

        var deleted = await InScopeAsync<TopicService, TopicSaveResult>(s => s.DeleteAsync(membership, Desk, default));

        deleted.Succeeded.Should().BeTrue();
        await using var after = Database.CreateContext();
        (await after.MonthlyCounts.CountAsync(c => c.TopicId == membership || (c.Kind == QuoteFacetKind.Topic && c.FacetId == membership))).Should().Be(0);
        var stoltenberg = await ArchiveRows.ActorIdAsync(after, AttentionData.Stoltenberg);
        (await after.MonthlyCounts.Where(c => c.Kind == QuoteFacetKind.Speaker && c.FacetId == stoltenberg && c.TopicId == MonthlyCount.AllTopics).SumAsync(c => c.Untagged))
            .Should().Be(4, "his two reports tagged only with alliance membership join the two with no topic");

        // The fixture's rows are not a whole archive (no stored article counts): the monthly counts alone are checked.
        (await ArchiveIntegrity.StoredMonthlyCountsAsync(after)).Should().BeEquivalentTo(await ArchiveIntegrity.CountedMonthlyCountsAsync(after));
    }

    [Theory]
    [InlineData(QuoteFacetKind.Speaker, AttentionData.Stoltenberg)]
    [InlineData(QuoteFacetKind.Speaker, AttentionData.Lavrov)]
    [InlineData(QuoteFacetKind.Actor, "NATO")]
    [InlineData(QuoteFacetKind.Actor, "United States")]
    [InlineData(QuoteFacetKind.Topic, "security guarantees")]
    [InlineData(QuoteFacetKind.Topic, "troop deployment")]
    public async Task A_chart_by_month_equals_a_count_of_the_quotes_themselves(QuoteFacetKind kind, string name)
    {
        int id;
        List<(DateTime ReportedUtc, QuoteKind Kind, List<string> Topics)> quotes;
        await using (var db = Database.CreateContext())
        {
            await AttentionData.AddAsync(db);
            id = kind == QuoteFacetKind.Topic ? await ArchiveRows.TopicIdAsync(db, name) : await ArchiveRows.ActorIdAsync(db, name);
            var rows = await db.Quotes.AsNoTracking()
                .Where(q => db.QuoteFacets.Any(f => f.QuoteId == q.Id && f.Kind == kind && f.FacetId == id) && q.ReportedUtc != ReportedDate.Undated)
                .Select(q => new { q.ReportedUtc, q.Kind, Topics = q.Topics.Select(t => t.Name).ToList() })
                .ToListAsync();
            quotes = [.. rows.Select(r => (r.ReportedUtc, r.Kind, r.Topics))];
        }

        var byKind = await ChartAsync(new AttentionQuery(kind, id, AttentionStack.Kind, AttentionPeriod.Month));
        var byTopic = await ChartAsync(new AttentionQuery(kind, id, AttentionStack.Topic, AttentionPeriod.Month));

        int InMonth(DateOnly month, Func<(DateTime ReportedUtc, QuoteKind Kind, List<string> Topics), bool> which) =>
            quotes.Count(q => q.ReportedUtc.Year == month.Year && q.ReportedUtc.Month == month.Month && which(q));
        byKind.Series[0].Counts.Should().Equal(byKind.Periods.Select(p => InMonth(p, q => q.Kind == QuoteKind.Direct)));
        byKind.Series[1].Counts.Should().Equal(byKind.Periods.Select(p => InMonth(p, q => q.Kind == QuoteKind.Indirect)));
        foreach (var series in byTopic.Series)
        {
            series.Counts.Should().Equal(
                byTopic.Periods.Select(p => InMonth(p, q => series.Label == AttentionSeries.NoTopic ? q.Topics.Count == 0 : q.Topics.Contains(series.Label))),
                "the {0} series counts its quotes", series.Label);
        }

        byTopic.Series.Select(s => s.Label).Should().BeEquivalentTo(
            quotes.SelectMany(q => q.Topics.Count == 0 ? [AttentionSeries.NoTopic] : q.Topics).Distinct());
    }

    private async Task<int> AddAsync()
    {
        var result = await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(Article(Body()), default));
        result.Status.Should().Be(AddArticleStatus.Added);
        return result.ArticleId!.Value;
    }

    private Task<AttentionChart> ChartAsync(AttentionQuery query) =>
        InScopeAsync<AttentionService, AttentionChart>(s => s.OverTimeAsync(query, default));

    private static Task<int> SpeakerIdAsync(NewsTracker.Core.Data.NewsDbContext db, string name) =>
        db.Actors.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();

    private static Task<int> DirectAsync(NewsTracker.Core.Data.NewsDbContext db, QuoteFacetKind kind, int id) =>
        db.MonthlyCounts.Where(c => c.Kind == kind && c.FacetId == id && c.TopicId == MonthlyCount.AllTopics).SumAsync(c => c.Direct);
}
