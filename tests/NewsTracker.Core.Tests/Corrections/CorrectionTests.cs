using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Archive;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Corrections;

// Review before save, and corrections that survive every later extraction of the article.
public sealed class CorrectionTests : DatabaseTest
{
    public const string Ready = "We are ready to take this decision together with our parliament, and we will take it without delay";
    public const string Choice = "Our security is our own choice and nobody else decides it for us";
    public const string Missed = "Finland would settle its security policy within weeks";

    public static readonly Editor Anna = new("user-anna", "anna@newsroom.test");

    public static string Body(string extra = "") =>
        $"""
        HELSINKI (Reuters) - Finnish President Sauli Niinistö met reporters on Tuesday. {Missed}.{extra}

        “{Ready},” Niinistö told reporters in Helsinki.

        He added that pressure from Moscow would not change the outcome. “{Choice},” he said.
        """;

    public static NewArticle Article(string body) =>
        new("Finland will decide soon", body, "Reuters", "https://example.org/finland-decides", "Anne Kauranen", new DateTime(2022, 4, 13, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public async Task The_review_shows_what_extraction_found_and_stores_nothing()
    {
        var review = await ReviewAsync(Article(Body()), [], null);

        review.Errors.Should().BeEmpty();
        review.Quotes.Should().Contain(q => q.Text == Ready && q.Speaker!.Name == "Sauli Niinistö");
        review.Quotes.Should().OnlyContain(q => q.Start >= 0 && q.End <= review.CleanBody.Length);
        await using var db = Database.CreateContext();
        (await db.Articles.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_reviewed_article_is_saved_with_a_corrected_speaker_a_dropped_quote_and_an_added_one()
    {
        var rules = await CorrectedRulesAsync();

        var result = await InScopeAsync<ArticleReviewService, AddArticleResult>(s => s.SaveAsync(Article(Body()), rules, Anna, default));

        result.Status.Should().Be(AddArticleStatus.Added);
        await using var db = Database.CreateContext();
        var quotes = await db.Quotes.Where(q => q.ArticleId == result.ArticleId).Include(q => q.Speaker).ToListAsync();
        quotes.Single(q => q.Text == Ready).Speaker!.Name.Should().Be("Sanna Marin");
        quotes.Should().NotContain(q => q.Text == Choice);
        var missed = quotes.Single(q => q.Text == Missed);
        missed.Kind.Should().Be(QuoteKind.Indirect);
        missed.Speaker!.Name.Should().Be("Sauli Niinistö");
        missed.AttributionRule.Should().Be("editor");
        (await db.QuoteCorrections.CountAsync(c => c.ArticleId == result.ArticleId)).Should().Be(3);
        (await db.Actors.SingleAsync(a => a.Name == "Sanna Marin")).QuoteCount.Should().Be(1);
        var entry = await db.AuditEntries.SingleAsync(e => e.Entity == AuditEntities.Article && e.EntityId == result.ArticleId.ToString());
        entry.Action.Should().Be("created");
        entry.User.Should().Be(Anna.Label);
        await ArchiveIntegrity.ShouldHoldAsync(db);
    }

    [Fact]
    public async Task Corrections_survive_an_edit_that_re_extracts_the_article()
    {
        var id = await SaveCorrectedAsync();

        var edited = await EditAsync(id, Article(Body(" The decision was widely expected.")), version: 0);

        edited.Status.Should().Be(ArticleChangeStatus.Changed);
        edited.NoLongerApply.Should().BeEmpty();
        await using var db = Database.CreateContext();
        var quotes = await db.Quotes.Where(q => q.ArticleId == id).Include(q => q.Speaker).ToListAsync();
        quotes.Single(q => q.Text == Ready).Speaker!.Name.Should().Be("Sanna Marin");
        quotes.Should().NotContain(q => q.Text == Choice);
        quotes.Single(q => q.Text == Missed).Speaker!.Name.Should().Be("Sauli Niinistö");
        (await db.Articles.SingleAsync(a => a.Id == id)).Version.Should().Be(1);
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "edited" && e.EntityId == id.ToString());
        entry.User.Should().Be(Anna.Label);
        entry.Before.Should().NotContain("widely expected");
        entry.After.Should().Contain("widely expected");
        await ArchiveIntegrity.ShouldHoldAsync(db);
    }

    [Fact]
    public async Task A_correction_whose_text_is_gone_is_reported_as_no_longer_applying()
    {
        var id = await SaveCorrectedAsync();

        var edited = await EditAsync(id, Article(Body().Replace(Missed, "Finland would decide later", StringComparison.Ordinal)), version: 0);

        edited.Status.Should().Be(ArticleChangeStatus.Changed);
        edited.NoLongerApply.Should().ContainSingle().Which.Should().Contain(Missed);
        var views = await InScopeAsync<ArticleEditor, IReadOnlyList<CorrectionView>>(e => e.CorrectionsAsync(id, default));
        views.Single(v => v.QuoteText == Missed).Applies.Should().BeFalse();
        views.Where(v => v.QuoteText != Missed).Should().OnlyContain(v => v.Applies);
        await using var db = Database.CreateContext();
        (await db.Quotes.CountAsync(q => q.ArticleId == id && q.Text == Missed)).Should().Be(0);
        await ArchiveIntegrity.ShouldHoldAsync(db);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_nothing_is_overwritten()
    {
        var id = await SaveCorrectedAsync();
        (await EditAsync(id, Article(Body(" First editor's sentence.")) with { Title = "First editor's title" }, version: 0)).Status
            .Should().Be(ArticleChangeStatus.Changed);

        var second = await EditAsync(id, Article(Body(" Second editor's sentence.")) with { Title = "Second editor's title" }, version: 0);

        second.Status.Should().Be(ArticleChangeStatus.Stale);
        second.Current!.Title.Should().Be("First editor's title");
        second.Current.Version.Should().Be(1);
        second.ChangedBy.Should().Be(Anna.Label);
        await using var db = Database.CreateContext();
        var stored = await db.Articles.SingleAsync(a => a.Id == id);
        stored.Title.Should().Be("First editor's title");
        stored.RawBody.Should().Contain("First editor's sentence").And.NotContain("Second editor's");
    }

    [Fact]
    public async Task A_corrected_speaker_merged_into_another_actor_stays_with_the_survivor_through_the_next_edit()
    {
        var id = await SaveCorrectedAsync();
        var merged = await InScopeAsync<ActorMerger, MergeResult>(m => m.MergeAsync("sanna-marin", "sauli-niinisto", Anna, default));
        merged.Outcome.Status.Should().Be(CurationStatus.Done);

        var edited = await EditAsync(id, Article(Body(" The decision was widely expected.")), version: 0);

        edited.Status.Should().Be(ArticleChangeStatus.Changed);
        await using var db = Database.CreateContext();
        var niinisto = await db.Actors.SingleAsync(a => a.Slug == "sauli-niinisto");
        (await db.QuoteCorrections.Where(c => c.ArticleId == id && c.Kind == QuoteCorrectionKind.SpeakerChanged).Select(c => c.SpeakerId).SingleAsync())
            .Should().Be(niinisto.Id);
        (await db.Quotes.SingleAsync(q => q.ArticleId == id && q.Text == Ready)).SpeakerId.Should().Be(niinisto.Id);
        await ArchiveIntegrity.ShouldHoldAsync(db);
    }

    [Fact]
    public async Task Correcting_a_stored_quote_keeps_its_id_and_survives_the_next_edit()
    {
        var result = await InScopeAsync<ArticleReviewService, AddArticleResult>(s => s.SaveAsync(Article(Body()), [], Anna, default));
        int quoteId;
        await using (var db = Database.CreateContext())
        {
            quoteId = await db.Quotes.Where(q => q.ArticleId == result.ArticleId && q.Text == Choice).Select(q => q.Id).SingleAsync();
        }

        var corrected = await InScopeAsync<ArticleEditor, ArticleChangeResult>(e =>
            e.CorrectQuoteAsync(quoteId, new QuoteChange(ChangeSpeaker: true, Speaker: "Jens Stoltenberg", Kind: QuoteKind.Indirect), Anna, default));
        await EditAsync(result.ArticleId!.Value, Article(Body(" More context.")), version: 0);

        corrected.Status.Should().Be(ArticleChangeStatus.Changed);
        corrected.QuoteId.Should().Be(quoteId);
        await using var after = Database.CreateContext();
        var quote = await after.Quotes.Include(q => q.Speaker).SingleAsync(q => q.Id == quoteId);
        quote.Speaker!.Slug.Should().Be("jens-stoltenberg");
        quote.Kind.Should().Be(QuoteKind.Indirect);
        (await after.QuoteFacets.AnyAsync(f => f.QuoteId == quoteId && f.Kind == QuoteFacetKind.Speaker && f.FacetId == quote.SpeakerId)).Should().BeTrue();
        (await after.AuditEntries.CountAsync(e => e.Entity == AuditEntities.Quote && e.EntityId == quoteId.ToString())).Should().Be(1);
        await ArchiveIntegrity.ShouldHoldAsync(after);
    }

    [Fact]
    public async Task A_dropped_quote_leaves_search_and_counts_and_can_be_taken_back()
    {
        var result = await InScopeAsync<ArticleReviewService, AddArticleResult>(s => s.SaveAsync(Article(Body()), [], Anna, default));
        int quoteId;
        await using (var db = Database.CreateContext())
        {
            quoteId = await db.Quotes.Where(q => q.ArticleId == result.ArticleId && q.Text == Choice).Select(q => q.Id).SingleAsync();
        }

        var dropped = await CorrectAsync(quoteId, new QuoteChange(Rejected: true));

        dropped.QuoteId.Should().BeNull();
        (await SearchAsync("nobody else decides")).Should().Be(0);
        await using (var db = Database.CreateContext())
        {
            (await db.Articles.SingleAsync(a => a.Id == result.ArticleId)).QuoteCount.Should().Be(result.QuoteCount - 1);
            await ArchiveIntegrity.ShouldHoldAsync(db);
        }

        var restored = await CorrectAsync(quoteId, new QuoteChange(Rejected: false));

        restored.QuoteId.Should().Be(quoteId);
        (await SearchAsync("nobody else decides")).Should().Be(1);
        await using var after = Database.CreateContext();
        await ArchiveIntegrity.ShouldHoldAsync(after);
    }

    [Fact]
    public async Task Deleting_an_article_takes_its_quotes_out_of_counts_and_search_and_the_audit_keeps_them()
    {
        var id = await SaveCorrectedAsync();
        int marinId, quoteCount;
        await using (var db = Database.CreateContext())
        {
            marinId = await db.Actors.Where(a => a.Name == "Sanna Marin").Select(a => a.Id).SingleAsync();
            quoteCount = await db.Quotes.CountAsync(q => q.ArticleId == id);
        }

        var deleted = await InScopeAsync<ArticleEditor, DeletedArticle?>(e => e.DeleteAsync(id, Anna, default));

        deleted!.QuoteCount.Should().Be(quoteCount);
        (await SearchAsync("ready to take this decision")).Should().Be(0);
        await using var after = Database.CreateContext();
        (await after.Articles.AnyAsync(a => a.Id == id)).Should().BeFalse();
        (await after.Quotes.AnyAsync(q => q.ArticleId == id)).Should().BeFalse();
        (await after.QuoteCorrections.AnyAsync(c => c.ArticleId == id)).Should().BeFalse();
        (await after.Actors.SingleAsync(a => a.Id == marinId)).QuoteCount.Should().Be(0);
        (await after.QuoteFacets.CountAsync()).Should().Be(0);
        var entry = await after.AuditEntries.SingleAsync(e => e.Action == "deleted");
        entry.User.Should().Be(Anna.Label);
        entry.Before.Should().Contain("Finland will decide soon").And.Contain("https://example.org/finland-decides").And.Contain("ready to take this decision");
        await ArchiveIntegrity.ShouldHoldAsync(after);
    }

    [Fact]
    public async Task A_missed_quote_is_added_by_offsets_and_refused_when_it_overlaps_or_is_empty()
    {
        var result = await InScopeAsync<ArticleReviewService, AddArticleResult>(s => s.SaveAsync(Article(Body()), [], Anna, default));
        var id = result.ArticleId!.Value;
        string body;
        await using (var db = Database.CreateContext())
        {
            body = await db.Articles.Where(a => a.Id == id).Select(a => a.CleanBody).SingleAsync();
        }

        var start = body.IndexOf(Missed, StringComparison.Ordinal);
        var added = await AddQuoteAsync(id, start, start + Missed.Length, "Sauli Niinistö");
        var overlapping = await AddQuoteAsync(id, start + 3, start + 20, null);
        var blank = await AddQuoteAsync(id, 0, 0, null);
        var outside = await AddQuoteAsync(id, 0, body.Length + 5, null);
        var unknown = await AddQuoteAsync(id, start, start + 5, "Nobody Of That Name");

        added.Status.Should().Be(ArticleChangeStatus.Changed);
        added.QuoteId.Should().NotBeNull();
        overlapping.Errors.Should().ContainSingle().Which.Should().Contain("overlaps");
        blank.Status.Should().Be(ArticleChangeStatus.Invalid);
        outside.Status.Should().Be(ArticleChangeStatus.Invalid);
        unknown.Errors.Should().ContainSingle().Which.Should().Contain("Nobody Of That Name");
        await using var after = Database.CreateContext();
        (await after.Quotes.Include(q => q.Speaker).SingleAsync(q => q.Id == added.QuoteId)).Speaker!.Name.Should().Be("Sauli Niinistö");
        await ArchiveIntegrity.ShouldHoldAsync(after);
    }

    private async Task<List<CorrectionRule>> CorrectedRulesAsync()
    {
        var review = await ReviewAsync(Article(Body()), [], null);
        var ready = review.Quotes.Single(q => q.Text == Ready).Index;
        review = await ReviewAsync(Article(Body()), review.Corrections, new ReviewChange(ReviewChangeKind.Speaker, ready, Speaker: "Sanna Marin"));
        review.ChangeError.Should().BeNull();
        var choice = review.Quotes.Single(q => q.Text == Choice).Index;
        review = await ReviewAsync(Article(Body()), review.Corrections, new ReviewChange(ReviewChangeKind.Drop, choice));
        review = await ReviewAsync(Article(Body()), review.Corrections,
            new ReviewChange(ReviewChangeKind.AddPassage, Speaker: "Sauli Niinistö", QuoteKind: QuoteKind.Indirect, Passage: Missed));
        review.ChangeError.Should().BeNull();
        review.Quotes.Single(q => q.Text == Ready).Speaker!.Name.Should().Be("Sanna Marin");
        review.Quotes.Should().NotContain(q => q.Text == Choice);
        review.Quotes.Single(q => q.Text == Missed).Speaker!.Name.Should().Be("Sauli Niinistö");
        return [.. review.Corrections];
    }

    private async Task<int> SaveCorrectedAsync()
    {
        var rules = await CorrectedRulesAsync();
        var result = await InScopeAsync<ArticleReviewService, AddArticleResult>(s => s.SaveAsync(Article(Body()), rules, Anna, default));
        result.Status.Should().Be(AddArticleStatus.Added);
        return result.ArticleId!.Value;
    }

    private Task<ArticleReview> ReviewAsync(NewArticle article, IReadOnlyList<CorrectionRule> rules, ReviewChange? change) =>
        InScopeAsync<ArticleReviewService, ArticleReview>(s => s.ReviewAsync(article, rules, change, default));

    private Task<ArticleChangeResult> EditAsync(int id, NewArticle article, int version) =>
        InScopeAsync<ArticleEditor, ArticleChangeResult>(e => e.UpdateAsync(id, article, version, Anna, default));

    private Task<ArticleChangeResult> CorrectAsync(int quoteId, QuoteChange change) =>
        InScopeAsync<ArticleEditor, ArticleChangeResult>(e => e.CorrectQuoteAsync(quoteId, change, Anna, default));

    private Task<ArticleChangeResult> AddQuoteAsync(int id, int start, int end, string? speaker) =>
        InScopeAsync<ArticleEditor, ArticleChangeResult>(e => e.AddQuoteAsync(id, start, end, null, speaker, QuoteKind.Direct, allowNewSpeaker: false, Anna, default));

    private async Task<int> SearchAsync(string text)
    {
        await using var scope = Database.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<QuoteService>().SearchAsync(new QuoteFilter(Text: text), default);
        return result.Total;
    }
}
