using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Statements;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Articles;

public sealed class ArticleServiceTests : DatabaseTest
{
    private const string Body = "\u201CWe will keep the border open,\u201D Finnish President Alexander Stubb said on Monday.";

    [Fact]
    public async Task An_article_without_a_title_is_refused()
    {
        var result = await AddAsync(new NewArticle("  ", Body));

        result.Status.Should().Be(AddArticleStatus.Invalid);
        result.Errors.Should().ContainSingle().Which.Should().Contain("title");
    }

    [Fact]
    public async Task An_article_without_a_body_is_refused()
    {
        var result = await AddAsync(new NewArticle("Border stays open", "\n \n"));

        result.Status.Should().Be(AddArticleStatus.Invalid);
        result.Errors.Should().ContainSingle().Which.Should().Contain("body");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/story")]
    [InlineData("/news/story")]
    [InlineData("javascript:alert(1)")]
    public async Task An_article_with_a_malformed_url_is_refused(string url)
    {
        var result = await AddAsync(new NewArticle("Border stays open", Body, Url: url));

        result.Status.Should().Be(AddArticleStatus.Invalid);
        result.Errors.Should().ContainSingle().Which.Should().Contain("URL");
    }

    [Fact]
    public async Task An_article_over_the_body_size_limit_is_refused()
    {
        var result = await AddAsync(new NewArticle("Border stays open", new string('a', Article.BodyMaxLength + 1)));

        result.Status.Should().Be(AddArticleStatus.Invalid);
        result.Errors.Should().ContainSingle().Which.Should().Contain("longer than");
    }

    [Fact]
    public async Task An_article_at_the_body_size_limit_is_accepted()
    {
        var body = Body + new string(' ', Article.BodyMaxLength - Body.Length - 4) + "End.";

        var result = await AddAsync(new NewArticle("Border stays open", body));

        result.Status.Should().Be(AddArticleStatus.Added);
    }

    public static TheoryData<string> HostileBodies => new()
    {
        new string('"', 10_000),
        string.Concat(Enumerable.Repeat("\u201C unmatched ", 5_000)),
        new string('x', Article.BodyMaxLength),
        "\u0000\u0001\uFFFE\uD800 binary \u001B[31m junk \u202E reversed",
        "\u0627\u0644\u0631\u0626\u064A\u0633 \u0642\u0627\u0644: \u00AB\u0644\u0646 \u0646\u062A\u0631\u0627\u062C\u0639\u00BB",
    };

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public async Task A_hostile_body_is_stored_or_refused_without_throwing(string body)
    {
        var add = () => AddAsync(new NewArticle("Hostile", body));

        (await add.Should().NotThrowAsync()).Subject.Status.Should().BeOneOf(AddArticleStatus.Added, AddArticleStatus.Invalid);
    }

    [Fact]
    public async Task A_refused_article_stores_nothing()
    {
        await AddAsync(new NewArticle(string.Empty, Body));

        await using var db = Database.CreateContext();
        (await db.Articles.CountAsync()).Should().Be(0);
        (await db.Quotes.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_body_that_is_only_page_furniture_is_refused()
    {
        var result = await AddAsync(new NewArticle("Nothing here", "Advertisement\n\nAdvertisement"));

        result.Status.Should().Be(AddArticleStatus.Invalid);
    }

    [Fact]
    public async Task An_added_article_keeps_its_metadata_trimmed_and_its_url_normalised()
    {
        var published = new DateTime(2024, 2, 12, 8, 30, 0, DateTimeKind.Utc);
        var result = await AddAsync(new NewArticle(
            "  Border stays open ", Body, " Yle ", "https://yle.example/news/border#comments", " A. Writer ", published));

        await using var db = Database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Id == result.ArticleId);
        article.Title.Should().Be("Border stays open");
        article.Outlet.Should().Be("Yle");
        article.Author.Should().Be("A. Writer");
        article.Url.Should().Be("https://yle.example/news/border");
        article.PublishedUtc.Should().Be(published);
        article.PublishedUtc!.Value.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public async Task A_second_article_with_the_same_url_is_refused_as_a_duplicate_of_the_first()
    {
        var first = await AddAsync(new NewArticle("Border stays open", Body, Url: "https://yle.example/news/border"));

        var second = await AddAsync(new NewArticle("Another story", "Completely different text about the weather.", Url: "https://yle.example/news/border#top"));

        second.Status.Should().Be(AddArticleStatus.Duplicate);
        second.DuplicateOfId.Should().Be(first.ArticleId);
        second.DuplicateReason.Should().Contain("URL");
    }

    [Fact]
    public async Task A_second_article_with_the_same_text_is_refused_as_a_duplicate_of_the_first()
    {
        var first = await AddAsync(new NewArticle("Border stays open", Body));

        var second = await AddAsync(new NewArticle("Border open, says Stubb", "  " + Body.Replace("Monday.", "monday !", StringComparison.Ordinal) + "\n\nAdvertisement\n"));

        second.Status.Should().Be(AddArticleStatus.Duplicate);
        second.DuplicateOfId.Should().Be(first.ArticleId);
        second.DuplicateReason.Should().Contain("text");
    }

    [Fact]
    public async Task A_refused_duplicate_overwrites_nothing()
    {
        var first = await AddAsync(new NewArticle("Border stays open", Body, "Yle", "https://yle.example/news/border"));

        Database.Clock.Advance(TimeSpan.FromHours(1));
        await AddAsync(new NewArticle("Rewritten title", Body, "Other outlet", "https://yle.example/news/border"));

        await using var db = Database.CreateContext();
        var article = await db.Articles.Include(a => a.Quotes).SingleAsync();
        article.Id.Should().Be(first.ArticleId);
        article.Title.Should().Be("Border stays open");
        article.Outlet.Should().Be("Yle");
        article.AddedUtc.Should().Be(TestDatabase.StartTime.UtcDateTime);
        article.Quotes.Should().HaveCount(first.QuoteCount);
    }

    [Fact]
    public async Task The_duplicate_check_finds_the_existing_article_before_saving()
    {
        var first = await AddAsync(new NewArticle("Border stays open", Body));

        var duplicate = await InScopeAsync<ArticleService, ArticleDuplicate?>(s => s.FindDuplicateAsync(null, Body, default));

        duplicate.Should().Be(new ArticleDuplicate(first.ArticleId!.Value, "the same text"));
    }

    [Fact]
    public async Task Article_details_list_the_quotes_in_reading_order()
    {
        var result = await AddAsync(Seed.StoltenbergArticle);

        var details = await InScopeAsync<ArticleService, ArticleDetails?>(s => s.GetAsync(result.ArticleId!.Value, default));

        details!.Quotes.Should().HaveCount(result.QuoteCount).And.BeInAscendingOrder(q => q.StartOffset);
    }

    [Fact]
    public async Task A_url_that_grows_past_the_length_limit_when_escaped_is_refused()
    {
        // 720 characters as typed; every "é" is stored as "%C3%A9", so 4,220 once normalised.
        var url = "https://example.org/" + new string('é', 700);

        var result = await AddAsync(new NewArticle("Border stays open", Body, Url: url));

        result.Status.Should().Be(AddArticleStatus.Invalid);
        result.Errors.Should().ContainSingle().Which.Should().Contain($"longer than {Article.UrlMaxLength} characters");
        await using var db = Database.CreateContext();
        (await db.Articles.CountAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public async Task A_url_is_stored_when_its_escaped_form_fits_the_column_and_refused_one_character_over(int extra, bool stored)
    {
        // "https://example.org/" is 20 characters and each "é" six once escaped: 20 + 600 + 1,428 = 2,048.
        var url = "https://example.org/" + new string('é', 100) + new string('a', 1428 + extra);

        var result = await AddAsync(new NewArticle("Border stays open", Body, Url: url));

        result.Status.Should().Be(stored ? AddArticleStatus.Added : AddArticleStatus.Invalid);
        await using var db = Database.CreateContext();
        var urls = await db.Articles.Select(a => a.Url).ToListAsync();
        urls.Should().HaveCount(stored ? 1 : 0);
        urls.Should().NotContain(u => u!.Length > Article.UrlMaxLength);
        if (stored)
        {
            urls[0]!.Length.Should().Be(Article.UrlMaxLength);
        }
    }

    [Fact]
    public async Task Article_quotes_carry_links_to_their_actors_and_topics()
    {
        var result = await AddAsync(Seed.StoltenbergArticle);

        var details = await InScopeAsync<ArticleService, ArticleDetails?>(s => s.GetAsync(result.ArticleId!.Value, default));

        var troops = details!.Quotes.First(q => q.Text.StartsWith("We have no plans to deploy", StringComparison.Ordinal));
        troops.Topics.Select(t => t.Slug).Should().Contain("troop-deployment");
        troops.Actors.Select(a => a.Slug).Should().Contain("ukraine");
        await using var db = Database.CreateContext();
        var ukraine = await db.Actors.SingleAsync(a => a.Slug == "ukraine");
        troops.Actors.Should().Contain(new ActorLink(ukraine.Id, "ukraine", ukraine.Name));
    }

    [Fact]
    public async Task A_quotes_report_count_counts_articles_not_quotes()
    {
        // A fragment inside reported speech and the reported clause around it are two quotes of one statement.
        int articleId;
        await using (var db = Database.CreateContext())
        {
            var statement = new Statement { Text = "reaching out to Russia", Fingerprint = 1, FirstReportedUtc = TestDatabase.StartTime.UtcDateTime };
            var article = NewStoredArticle("Talks offer");
            article.Quotes.Add(new Quote { Text = "reaching out to Russia", Kind = QuoteKind.Direct, Statement = statement });
            article.Quotes.Add(new Quote { Text = "the alliance was reaching out to Russia", Kind = QuoteKind.Indirect, Statement = statement });
            var reprint = NewStoredArticle("Reprint");
            reprint.Quotes.Add(new Quote { Text = "reaching out to Russia", Kind = QuoteKind.Direct, Statement = statement });
            db.Articles.AddRange(article, reprint);
            await db.SaveChangesAsync();
            articleId = article.Id;
            await ArchiveCounts.RecountStatementsAsync(db, [statement.Id], default);
        }

        var details = await InScopeAsync<ArticleService, ArticleDetails?>(s => s.GetAsync(articleId, default));

        details!.Quotes.Select(q => q.ReportCount).Should().Equal(2, 2);
    }

    [Fact]
    public async Task The_article_list_pages_newest_first_with_quote_counts()
    {
        await AddAsync(new NewArticle("Older", Body, PublishedUtc: new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        await AddAsync(new NewArticle("Newer", "\u201CWe are ready,\u201D Sergei Lavrov said.", PublishedUtc: new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc)));
        await AddAsync(new NewArticle("Middle", "No quotes in this one at all.", PublishedUtc: new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc)));

        var page = await InScopeAsync<ArticleService, PagedResult<ArticleRow>>(s => s.ListAsync(new ArticleQuery(Page: 1, PageSize: 2), default));

        page.Total.Should().Be(3);
        page.Items.Select(a => a.Title).Should().Equal("Newer", "Middle");
        page.Items[0].QuoteCount.Should().BeGreaterThan(0);
        page.Items[1].QuoteCount.Should().Be(0);
    }

    [Fact]
    public async Task Details_of_a_missing_article_are_null()
    {
        var details = await InScopeAsync<ArticleService, ArticleDetails?>(s => s.GetAsync(4242, default));

        details.Should().BeNull();
    }

    private static Article NewStoredArticle(string title) => new()
    {
        Title = title,
        AddedUtc = TestDatabase.StartTime.UtcDateTime,
        RawBody = title,
        CleanBody = title,
        ContentHash = TextFingerprint.Hash(title),
    };

    [Fact]
    public async Task Importing_generic_sources_makes_no_actor_of_them_and_stores_their_description()
    {
        var body = "Delegations met behind closed doors in Geneva on Tuesday.\n\n"
            + "Analysts said the ceasefire lines would not move this year.\n\n"
            + "“We expect a decision within days,” a senior US official said.";

        var result = await AddAsync(new NewArticle("Geneva talks stall", body));

        await using var db = Database.CreateContext();
        (await db.Actors.CountAsync(a => a.Name == "Analysts" || a.Name == "analysts")).Should().Be(0);
        var quotes = await db.Quotes.Where(q => q.ArticleId == result.ArticleId).OrderBy(q => q.StartOffset).ToListAsync();
        quotes.Should().HaveCount(2);
        quotes.Should().OnlyContain(q => q.SpeakerId == null);
        quotes.Select(q => q.SourceDescription).Should().Equal("analysts", "a senior US official");
        quotes[1].SourceAffiliation.Should().Be("United States");
    }

    [Fact]
    public async Task A_quote_row_shows_the_unnamed_source_only_while_no_speaker_is_known()
    {
        var body = "“We expect a decision within days,” a senior US official said.";
        var result = await AddAsync(new NewArticle("Geneva talks stall", body));

        var rows = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(new QuoteFilter(), default));

        rows.Items.Should().ContainSingle(r => r.Article.Id == result.ArticleId).Which.Source
            .Should().Be(new QuoteSource("a senior US official", "United States"));
    }

    private Task<AddArticleResult> AddAsync(NewArticle article) =>
        InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(article, default));
}
