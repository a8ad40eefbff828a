using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Core.Tests.Jobs;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Tests.Topics;

public sealed class RetagTests : DatabaseTest
{
    internal const string HydrogenBody = "\u201CWe will build an electrolyser in every port of the region,\u201D Olaf Scholz said on Monday.";
    private const string GasBody = "\u201CWe need more gas from Norway this winter,\u201D Olaf Scholz said on Tuesday.";

    [Fact]
    public async Task A_keyword_added_to_a_topic_queues_a_re_tag_that_tags_the_quotes_already_stored()
    {
        await AddAsync("Ports", HydrogenBody);
        (await TopicsOfQuoteAsync("We will build")).Should().NotContain("energy");

        var saved = await AddKeywordAsync("energy", "electrolyser");
        saved.Retag!.Outcome.Should().Be(EnqueueOutcome.Queued);
        var done = await RunQueuedJobsAsync(saved.Retag);

        done.State.Should().Be(JobState.Done);
        done.Message.Should().Be("1 quote changed topics across 1 article.");
        (done.Done, done.Total).Should().Be((1, 1));
        (await TopicsOfQuoteAsync("We will build")).Should().Contain("energy");
        (await TopicsOfArticleAsync("Ports")).Should().Contain("energy");
        await StoredCountsAndFilterIndexShouldMatchLinksAsync();
        var filtered = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(new QuoteFilter(Topic: "energy"), default));
        filtered.Items.Select(q => q.Text).Should().ContainSingle().Which.Should().StartWith("We will build");
    }

    [Fact]
    public async Task A_keyword_removed_from_a_topic_untags_the_quotes_and_the_article()
    {
        await AddAsync("Norway", GasBody);
        (await TopicsOfQuoteAsync("We need more gas")).Should().Contain("energy");

        var energy = await TopicAsync("energy");
        var saved = await UpdateAsync(energy, new TopicUpdate("energy", [.. energy.Keywords.Where(k => !k.Contains("gas", StringComparison.OrdinalIgnoreCase))]));
        await RunQueuedJobsAsync(saved.Retag!);

        (await TopicsOfQuoteAsync("We need more gas")).Should().NotContain("energy");
        (await TopicsOfArticleAsync("Norway")).Should().NotContain("energy");
        (await TopicAsync("energy")).QuoteCount.Should().Be(0);
        await StoredCountsAndFilterIndexShouldMatchLinksAsync();
    }

    [Fact]
    public async Task A_new_topic_queues_a_re_tag_that_tags_the_quotes_already_stored()
    {
        await AddAsync("Cyber", "\u201CThe hackers were working for a foreign state,\u201D Olaf Scholz said on Tuesday.");

        var saved = await InScopeAsync<TopicService, TopicSaveResult>(s => s.CreateAsync(new TopicUpdate("Cyber attacks", ["hacker"]), Editor.System, default));
        var done = await RunQueuedJobsAsync(saved.Retag!);

        done.Message.Should().StartWith("1 quote changed topics");
        (await TopicsOfQuoteAsync("The hackers were")).Should().Contain("Cyber attacks");
        (await TopicsOfArticleAsync("Cyber")).Should().Contain("Cyber attacks");
        (await TopicAsync("cyber-attacks")).Should().BeEquivalentTo(new { QuoteCount = 1, ArticleCount = 1 });
    }

    [Fact]
    public async Task Renaming_a_topic_without_touching_its_keywords_queues_nothing()
    {
        await AddAsync("Norway", GasBody);
        var energy = await TopicAsync("energy");

        var result = await UpdateAsync(energy, new TopicUpdate("energy supply", energy.Keywords));

        result.Succeeded.Should().BeTrue();
        result.Retag.Should().BeNull();
        Database.Services.GetRequiredService<BackgroundJobQueue>().Snapshot(JobKind.Retag).Current.Should().BeNull();
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
        (await QuoteTopicPairsAsync()).Should().BeEquivalentTo(before);
        await StoredCountsAndFilterIndexShouldMatchLinksAsync();
    }

    [Fact]
    public async Task Re_tagging_reaches_every_article_when_there_are_more_than_one_batch_and_reports_each_batch()
    {
        for (var i = 0; i < 7; i++)
        {
            await AddAsync($"Port {i}", $"\u201CWe will build electrolyser number {i} in the port of Rostock,\u201D Olaf Scholz said on day {i}.");
        }

        await SetKeywordsDirectlyAsync("energy", "electrolyser");
        var reports = new List<JobProgress>();
        var result = await InScopeAsync<QuoteRetagger, RetagResult>(r => r.RetagAsync(batchSize: 3, new ListProgress(reports), default));

        result.Articles.Should().Be(7);
        result.QuotesChanged.Should().Be(7);
        reports.Should().Equal(new JobProgress(0, 7), new JobProgress(3, 7), new JobProgress(6, 7), new JobProgress(7, 7));
        await using var db = Database.CreateContext();
        (await db.Articles.CountAsync(a => a.Topics.Any(t => t.Slug == "energy"))).Should().Be(7);
        await StoredCountsAndFilterIndexShouldMatchLinksAsync();
    }

    [Fact]
    public async Task Quotes_keep_their_speakers_statements_and_offsets_when_re_tagged()
    {
        await ImportSeedsAsync();
        var before = await QuoteFactsAsync();

        await SetKeywordsDirectlyAsync("energy", "door");
        await RetagAsync();

        (await QuoteFactsAsync()).Should().Equal(before);
        (await TopicsOfQuoteAsync("NATO's door is open")).Should().Contain("energy");
    }

    [Fact]
    public async Task A_topic_renamed_while_a_re_tag_runs_keeps_its_quotes()
    {
        await AddAsync("Norway", GasBody);
        var energy = await TopicAsync("energy");
        var catalogue = Database.Services.GetRequiredService<CatalogueCache>();
        await using (var db = Database.CreateContext())
        {
            await catalogue.GetAsync(db, default);
        }

        // The re-tag works from the catalogue compiled before the rename, which still says "energy".
        await using (var db = Database.CreateContext())
        {
            await db.Topics.Where(t => t.Id == energy.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "energy supply"));
        }

        var result = await RetagAsync();

        result.QuotesChanged.Should().Be(0);
        (await TopicsOfQuoteAsync("We need more gas")).Should().Contain("energy supply");
    }

    [Fact]
    public async Task An_exclusion_saved_on_a_topic_untags_the_stored_quotes_it_rules_out()
    {
        await AddAsync("Shipyard", "\u201CWe will give the shipyard a guarantee on its credit line,\u201D Olaf Scholz said on Monday.");
        (await TopicsOfQuoteAsync("We will give the shipyard")).Should().Contain("security guarantees");

        var topic = await TopicAsync("security-guarantees");
        var saved = await UpdateAsync(topic, new TopicUpdate(topic.Name, topic.Keywords, topic.Phrases, [.. topic.Exclusions, "credit line"]));
        await RunQueuedJobsAsync(saved.Retag!);

        (await TopicsOfQuoteAsync("We will give the shipyard")).Should().NotContain("security guarantees");
        (await TopicsOfArticleAsync("Shipyard")).Should().NotContain("security guarantees");
        (await TopicAsync("security-guarantees")).Exclusions.Should().Contain("credit line");
        await StoredCountsAndFilterIndexShouldMatchLinksAsync();
    }

    [Fact]
    public async Task A_phrase_saved_on_a_topic_tags_a_stored_quote_through_the_sentence_around_it()
    {
        await AddAsync("Harbour", "Ferries stayed in port. \u201CWe are ready whenever they are,\u201D Olaf Scholz said as the harbour strike entered its third week.");
        (await TopicsOfQuoteAsync("We are ready whenever")).Should().BeEmpty();

        var saved = await InScopeAsync<TopicService, TopicSaveResult>(s =>
            s.CreateAsync(new TopicUpdate("labour disputes", [], ["harbour strike"]), Editor.System, default));
        await RunQueuedJobsAsync(saved.Retag!);

        (await TopicsOfQuoteAsync("We are ready whenever")).Should().Equal("labour disputes");
        (await TopicsOfArticleAsync("Harbour")).Should().Equal("labour disputes");
        await StoredCountsAndFilterIndexShouldMatchLinksAsync();
    }

    [Fact]
    public async Task A_keyword_in_a_stored_quotes_sentence_alone_does_not_tag_it()
    {
        await AddAsync("Ferries", "\u201CWe are ready whenever they are,\u201D Olaf Scholz said as the ferries stayed in port.");

        var saved = await InScopeAsync<TopicService, TopicSaveResult>(s =>
            s.CreateAsync(new TopicUpdate("shipping", ["ferry"]), Editor.System, default));
        await RunQueuedJobsAsync(saved.Retag!);

        (await TopicsOfQuoteAsync("We are ready whenever")).Should().BeEmpty();
    }

    private async Task<JobStatus> RunQueuedJobsAsync(JobTicket ticket)
    {
        await using var jobs = RunningJobs.Start(Database.Services);
        return await ticket.Completion;
    }

    private async Task<TopicSaveResult> AddKeywordAsync(string slug, string keyword)
    {
        var topic = await TopicAsync(slug);
        var result = await UpdateAsync(topic, new TopicUpdate(topic.Name, [.. topic.Keywords, keyword]));
        result.Succeeded.Should().BeTrue(string.Join(' ', result.Errors));
        return result;
    }

    // Keywords changed behind the service's back, so nothing is queued and the test runs the re-tagger itself.
    private async Task SetKeywordsDirectlyAsync(string slug, string keyword)
    {
        await using var db = Database.CreateContext();
        var tracked = await db.Topics.SingleAsync(t => t.Slug == slug);
        tracked.Keywords = [.. tracked.Keywords, keyword];
        await db.SaveChangesAsync();
        Database.Services.GetRequiredService<CatalogueCache>().Invalidate();
    }

    private async Task AddAsync(string title, string body)
    {
        var result = await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(new NewArticle(title, body), default));
        result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
    }

    private Task<ImportReport> ImportSeedsAsync() =>
        InScopeAsync<ArticleImporter, ImportReport>(i => i.ImportAsync([Seed.SeedsFolder], null, default));

    private Task<RetagResult> RetagAsync() => InScopeAsync<QuoteRetagger, RetagResult>(r => r.RetagAsync(null, default));

    private Task<TopicSaveResult> UpdateAsync(Topic topic, TopicUpdate update) =>
        InScopeAsync<TopicService, TopicSaveResult>(s => s.UpdateAsync(topic.Id, topic.Version, update, Editor.System, default));

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

    internal static async Task StoredCountsAndFilterIndexShouldMatchLinksAsync(NewsDbContext db)
    {
        var topics = await db.Topics.AsNoTracking()
            .Select(t => new { t.Slug, t.QuoteCount, t.ArticleCount, Quotes = t.Quotes.Count, Articles = t.Articles.Count })
            .ToListAsync();
        topics.Should().OnlyContain(t => t.QuoteCount == t.Quotes && t.ArticleCount == t.Articles);
        var links = await db.Database.SqlQuery<string>($"""SELECT "QuotesId" || ':' || "TopicsId" AS "Value" FROM "QuoteTopics" """).ToListAsync();
        var facets = await db.QuoteFacets.Where(f => f.Kind == QuoteFacetKind.Topic).Select(f => f.QuoteId + ":" + f.FacetId).ToListAsync();
        facets.Should().BeEquivalentTo(links, "quote filters by topic read the filter index");
    }

    private async Task StoredCountsAndFilterIndexShouldMatchLinksAsync()
    {
        await using var db = Database.CreateContext();
        await StoredCountsAndFilterIndexShouldMatchLinksAsync(db);
    }

    private sealed class ListProgress(List<JobProgress> reports) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => reports.Add(value);
    }
}

// The importer and the re-tagger write the same link tables: a link someone else wrote after the re-tagger
// read a quote must neither fail the re-tag (UNIQUE constraint failed) nor be counted twice.
public sealed class RetagAlongsideOtherWritersTests : DatabaseTest
{
    private readonly LinkWrittenMeanwhile _meanwhile = new();

    [Fact]
    public async Task A_link_another_writer_added_after_the_re_tagger_read_the_quote_is_kept_once()
    {
        await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(new NewArticle("Ports", RetagTests.HydrogenBody), default));
        int quoteId, energyId;
        await using (var db = Database.CreateContext())
        {
            quoteId = await db.Quotes.Where(q => q.Text.StartsWith("We will build")).Select(q => q.Id).SingleAsync();
            var energy = await db.Topics.SingleAsync(t => t.Slug == "energy");
            energyId = energy.Id;
            energy.Keywords = [.. energy.Keywords, "electrolyser"];
            await db.SaveChangesAsync();
        }

        Database.Services.GetRequiredService<CatalogueCache>().Invalidate();
        _meanwhile.Link = (quoteId, energyId);

        var result = await InScopeAsync<QuoteRetagger, RetagResult>(r => r.RetagAsync(null, default));

        _meanwhile.Written.Should().BeTrue("the other writer's link went in between the re-tagger's read and its write");
        result.QuotesChanged.Should().Be(1);
        await using var after = Database.CreateContext();
        (await after.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "QuoteTopics" WHERE "QuotesId" = {quoteId} AND "TopicsId" = {energyId}""").SingleAsync())
            .Should().Be(1);
        (await after.Topics.SingleAsync(t => t.Id == energyId)).QuoteCount.Should().Be(1);
        await RetagTests.StoredCountsAndFilterIndexShouldMatchLinksAsync(after);
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<NewsDbContext>(options => options.AddInterceptors(_meanwhile));

    // Writes the link the way the importer does, in the re-tagger's own transaction just before its first
    // write to QuoteTopics: as if another writer had committed it after the re-tagger's read.
    private sealed class LinkWrittenMeanwhile : DbCommandInterceptor
    {
        public (int QuoteId, int TopicId)? Link { get; set; }

        public bool Written { get; private set; }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Written && Link is { } link && command.CommandText.Contains("\"QuoteTopics\"", StringComparison.Ordinal))
            {
                Written = true;
                await using var insert = command.Connection!.CreateCommand();
                insert.Transaction = command.Transaction;
                insert.CommandText = $"""INSERT INTO "QuoteTopics" ("QuotesId", "TopicsId") VALUES ({link.QuoteId}, {link.TopicId}) ON CONFLICT DO NOTHING""";
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            return result;
        }
    }
}
