using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Statements;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Quotes;

// The filters run against rows written straight through the model, so they test the queries and not the extractor.
public sealed class QuoteServiceTests : DatabaseTest
{
    private const string Troops = "We have no plans to deploy NATO combat troops to Ukraine.";
    private const string Gas = "Europe must end its dependence on Russian gas.";
    private const string Talks = "Moscow is ready for talks without preconditions.";
    private const string Unattributed = "The deployment of the battalion is complete.";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        await AddArticleAsync(db, "NATO rules out troops", new DateTime(2022, 1, 10, 0, 0, 0, DateTimeKind.Utc),
            (Troops, QuoteKind.Direct, "Jens Stoltenberg", ["NATO", "Ukraine"], ["troop deployment"]),
            (Gas, QuoteKind.Indirect, "Jens Stoltenberg", ["Russia"], ["energy"]));
        await AddArticleAsync(db, "Lavrov offers talks", new DateTime(2022, 2, 20, 0, 0, 0, DateTimeKind.Utc),
            (Talks, QuoteKind.Direct, "Sergei Lavrov", ["Russia"], ["diplomacy"]));
        await AddArticleAsync(db, "Battalion arrives", null,
            (Unattributed, QuoteKind.Direct, null, [], ["troop deployment"]));
    }

    [Fact]
    public async Task No_filter_returns_every_quote_newest_first_and_undated_ones_last()
    {
        var result = await SearchAsync(new QuoteFilter());

        result.Total.Should().Be(4);
        result.Items.Select(q => q.Text).Should().Equal(Talks, Gas, Troops, Unattributed);
    }

    [Fact]
    public async Task Filtering_by_speaker_id_returns_that_speakers_quotes()
    {
        var stoltenberg = await ActorIdAsync("jens-stoltenberg");

        var result = await SearchAsync(new QuoteFilter(Speaker: stoltenberg.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        result.Items.Select(q => q.Text).Should().BeEquivalentTo([Troops, Gas]);
    }

    [Fact]
    public async Task Filtering_by_speaker_slug_returns_that_speakers_quotes()
    {
        var result = await SearchAsync(new QuoteFilter(Speaker: "sergei-lavrov"));

        result.Items.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Sergei Lavrov");
    }

    [Theory]
    [InlineData("Stoltenberg")]
    [InlineData("jens stoltenberg")]
    [InlineData("JENS STOLTENBERG")]
    [InlineData("jens-stoltenberg")]
    public async Task A_speaker_filter_takes_the_name_in_any_case_a_word_of_it_or_the_slug(string typed)
    {
        var result = await SearchAsync(new QuoteFilter(Speaker: typed));

        result.Items.Select(q => q.Text).Should().BeEquivalentTo([Troops, Gas]);
    }

    [Theory]
    [InlineData("Moscow")]
    [InlineData("kremlin")]
    [InlineData("Russia")]
    public async Task An_actor_filter_takes_an_alias(string typed)
    {
        var result = await SearchAsync(new QuoteFilter(Actor: typed));

        result.Items.Select(q => q.Text).Should().Contain([Gas, Talks]);
    }

    [Fact]
    public async Task A_topic_filter_takes_the_topics_name()
    {
        var result = await SearchAsync(new QuoteFilter(Topic: "Troop Deployment"));

        result.Items.Select(q => q.Text).Should().BeEquivalentTo([Troops, Unattributed]);
    }

    [Theory]
    [InlineData("Russia")]
    [InlineData("Moscow")]
    public async Task An_affiliation_filter_finds_the_quotes_of_anyone_speaking_for_that_actor(string typed)
    {
        var result = await SearchAsync(new QuoteFilter(Affiliation: typed));

        result.Items.Select(q => q.Text).Should().Equal(Talks);
    }

    [Fact]
    public async Task Outlet_and_confidence_filters_narrow_the_list()
    {
        await using (var db = Database.CreateContext())
        {
            await db.Articles.Where(a => a.Title == "Lavrov offers talks").ExecuteUpdateAsync(a => a.SetProperty(x => x.Outlet, "TASS"));
            await db.Quotes.Where(q => q.Text == Gas).ExecuteUpdateAsync(q => q.SetProperty(x => x.Confidence, 0.4));
        }

        var byOutlet = await SearchAsync(new QuoteFilter(Outlet: "tass"));
        var confident = await SearchAsync(new QuoteFilter(MinConfidence: 0.5));

        byOutlet.Items.Select(q => q.Text).Should().Equal(Talks);
        confident.Items.Select(q => q.Text).Should().BeEquivalentTo([Troops, Talks, Unattributed]);
    }

    [Fact]
    public async Task A_filter_that_names_nothing_says_so_field_by_field()
    {
        var result = await InScopeAsync<QuoteService, QuoteSearchResult>(s => s.FindAsync(new QuoteFilter(Speaker: "Stolt", Actor: "Atlantis", Topic: "Knitting"), default));

        result.Quotes.Items.Should().BeEmpty();
        result.Unknown.Select(e => (e.Field, e.Message)).Should().Equal(
            ("speaker", "No speaker called “Stolt”."), ("actor", "No actor called “Atlantis”."), ("topic", "No topic called “Knitting”."));
    }

    [Fact]
    public async Task Filtering_by_an_unknown_speaker_returns_nothing()
    {
        var result = await SearchAsync(new QuoteFilter(Speaker: "nobody"));

        result.Total.Should().Be(0);
        result.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Filtering_by_actor_returns_quotes_that_mention_it_or_its_people_said()
    {
        var result = await SearchAsync(new QuoteFilter(Actor: "nato"));

        // Troops names NATO; the gas quote does not, but Stoltenberg speaks for NATO.
        result.Items.Select(q => q.Text).Should().BeEquivalentTo([Troops, Gas]);
    }

    [Fact]
    public async Task Filtering_by_actor_id_matches_filtering_by_its_slug()
    {
        var russia = await ActorIdAsync("russia");

        var byId = await SearchAsync(new QuoteFilter(Actor: russia.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var bySlug = await SearchAsync(new QuoteFilter(Actor: "russia"));

        byId.Items.Select(q => q.Text).Should().BeEquivalentTo([Gas, Talks]).And.BeEquivalentTo(bySlug.Items.Select(q => q.Text));
    }

    [Fact]
    public async Task Filtering_by_topic_slug_returns_the_tagged_quotes()
    {
        var result = await SearchAsync(new QuoteFilter(Topic: "troop-deployment"));

        result.Items.Select(q => q.Text).Should().BeEquivalentTo([Troops, Unattributed]);
    }

    [Fact]
    public async Task Filtering_by_topic_id_returns_the_tagged_quotes()
    {
        await using var db = Database.CreateContext();
        var energy = await db.Topics.Where(t => t.Slug == "energy").Select(t => t.Id).SingleAsync();

        var result = await SearchAsync(new QuoteFilter(Topic: energy.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        result.Items.Should().ContainSingle().Which.Text.Should().Be(Gas);
    }

    [Theory]
    [InlineData(QuoteKind.Direct, 3)]
    [InlineData(QuoteKind.Indirect, 1)]
    public async Task Filtering_by_kind_returns_only_that_kind(QuoteKind kind, int expected)
    {
        var result = await SearchAsync(new QuoteFilter(Kind: kind));

        result.Total.Should().Be(expected);
        result.Items.Should().OnlyContain(q => q.Kind == kind);
    }

    [Fact]
    public async Task Filtering_by_date_range_uses_the_published_date()
    {
        var result = await SearchAsync(new QuoteFilter(
            FromUtc: new DateTime(2022, 2, 1, 0, 0, 0, DateTimeKind.Utc),
            ToUtc: new DateTime(2022, 3, 1, 0, 0, 0, DateTimeKind.Utc)));

        result.Items.Should().ContainSingle().Which.Text.Should().Be(Talks);
    }

    [Fact]
    public async Task An_undated_article_is_never_given_the_day_it_was_added()
    {
        var added = TestDatabase.StartTime.UtcDateTime;

        var result = await SearchAsync(new QuoteFilter(FromUtc: added, ToUtc: added.AddDays(1)));

        result.Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, "2023-01-01")]
    [InlineData("0001-01-01", "2023-01-01")]
    [InlineData("2022-01-01", null)]
    public async Task A_date_range_leaves_undated_quotes_out_and_counts_them(string? from, string? to)
    {
        var filter = new QuoteFilter(FromUtc: Day(from), ToUtc: Day(to));

        var result = await SearchAsync(filter);
        var leftOut = await InScopeAsync<QuoteService, int>(s => s.CountUndatedLeftOutAsync(filter, default));

        result.Items.Select(q => q.Text).Should().Equal(Talks, Gas, Troops);
        leftOut.Should().Be(1);
    }

    [Fact]
    public async Task A_topic_filtered_date_range_reads_the_facet_index_and_leaves_undated_quotes_out()
    {
        var filter = new QuoteFilter(Topic: "troop-deployment", ToUtc: new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var result = await SearchAsync(filter);
        var leftOut = await InScopeAsync<QuoteService, int>(s => s.CountUndatedLeftOutAsync(filter, default));
        var unfiltered = await SearchAsync(new QuoteFilter(Topic: "troop-deployment"));

        result.Items.Select(q => q.Text).Should().Equal(Troops);
        leftOut.Should().Be(1);
        unfiltered.Items.Select(q => q.Text).Should().Equal(Troops, Unattributed);
    }

    [Fact]
    public async Task Without_a_date_range_nothing_is_counted_as_left_out()
    {
        (await InScopeAsync<QuoteService, int>(s => s.CountUndatedLeftOutAsync(new QuoteFilter(Topic: "troop-deployment"), default))).Should().Be(0);
    }

    private static DateTime? Day(string? text) =>
        text is null ? null : DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    [Fact]
    public async Task Full_text_search_finds_a_word_in_the_quote()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "preconditions"));

        result.Items.Should().ContainSingle().Which.Text.Should().Be(Talks);
    }

    [Fact]
    public async Task Full_text_search_finds_inflected_forms_of_the_word()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "deploy"));

        result.Items.Select(q => q.Text).Should().BeEquivalentTo([Troops, Unattributed]);
    }

    [Theory]
    [InlineData("deployment")]
    [InlineData("deployments")]
    [InlineData("deployed")]
    public async Task Full_text_search_finds_the_other_forms_from_any_inflection(string word)
    {
        // Porter indexes "deploy" as "deploi" but "deployment" as "deploy": the root bridges them.
        var result = await SearchAsync(new QuoteFilter(Text: word));

        result.Items.Select(q => q.Text).Should().BeEquivalentTo([Troops, Unattributed]);
    }

    [Fact]
    public async Task A_short_root_does_not_widen_the_search()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "gas"));

        result.Items.Should().ContainSingle().Which.Text.Should().Be(Gas);
    }

    [Fact]
    public async Task Full_text_search_matches_every_word_given()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "deploy NATO"));

        result.Items.Should().ContainSingle().Which.Text.Should().Be(Troops);
    }

    [Fact]
    public async Task Full_text_search_ignores_case_and_diacritics()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "EUROPE dépendence"));

        result.Items.Should().ContainSingle().Which.Text.Should().Be(Gas);
    }

    [Theory]
    [InlineData("NATO\" OR 1=1 --")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("(troops")]
    [InlineData("troops)) OR (gas")]
    [InlineData("NEAR(troops gas)")]
    [InlineData("Text:troops")]
    [InlineData("troops AND NOT gas")]
    [InlineData("-troops ^gas +talks")]
    [InlineData("'; DROP TABLE Quotes; --")]
    public async Task Search_text_with_query_syntax_does_not_throw(string text)
    {
        var search = () => SearchAsync(new QuoteFilter(Text: text));

        await search.Should().NotThrowAsync();
    }

    [Fact]
    public async Task An_injected_or_clause_is_only_ever_an_or_of_words()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "NATO\" OR 1=1 --"));

        result.Items.Should().ContainSingle("only the quote with the word nato matches; 1=1 is the words 1 1").Which.Text.Should().Be(Troops);
    }

    [Fact]
    public async Task Search_text_with_no_words_applies_no_text_filter()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "* \" ()"));

        result.Total.Should().Be(4);
    }

    [Fact]
    public async Task A_quoted_phrase_matches_exactly_even_when_it_is_a_topic_keyword()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "\"combat troops\""));

        result.Items.Should().ContainSingle().Which.Text.Should().Be(Troops);
    }

    [Fact]
    public async Task Words_naming_a_topic_also_find_the_quotes_tagged_with_it()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "troop deployment"));

        result.Items.Select(q => q.Text).Should().BeEquivalentTo([Troops, Unattributed]);
    }

    [Fact]
    public async Task Relevance_order_puts_the_best_match_first_and_keeps_every_match()
    {
        var byDate = await SearchAsync(new QuoteFilter(Text: "troops OR deployment"));
        var byRelevance = await SearchAsync(new QuoteFilter(Text: "troops OR deployment", Sort: QuoteSort.Relevance));

        byRelevance.Items.Select(q => q.Id).Should().BeEquivalentTo(byDate.Items.Select(q => q.Id));
        byRelevance.Total.Should().Be(byDate.Total);
    }

    [Fact]
    public async Task Filters_combine()
    {
        var result = await SearchAsync(new QuoteFilter(Speaker: "jens-stoltenberg", Topic: "energy", Text: "gas", Kind: QuoteKind.Indirect));

        result.Items.Should().ContainSingle().Which.Text.Should().Be(Gas);
    }

    [Fact]
    public async Task Paging_returns_the_requested_page_with_the_full_total()
    {
        var result = await SearchAsync(new QuoteFilter(Page: 2, PageSize: 3));

        result.Total.Should().Be(4);
        result.Page.Should().Be(2);
        result.PageCount.Should().Be(2);
        result.Items.Select(q => q.Text).Should().Equal(Unattributed);
        result.HasPrevious.Should().BeTrue();
        result.HasNext.Should().BeFalse();
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_but_keeps_the_total()
    {
        var result = await SearchAsync(new QuoteFilter(Page: 9, PageSize: 3));

        result.Total.Should().Be(4);
        result.Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 0, 1, Paging.DefaultPageSize)]
    [InlineData(-3, -1, 1, Paging.DefaultPageSize)]
    [InlineData(1, 100_000, 1, Paging.MaxPageSize)]
    public async Task Out_of_range_paging_is_clamped(int page, int pageSize, int expectedPage, int expectedPageSize)
    {
        var result = await SearchAsync(new QuoteFilter(Page: page, PageSize: pageSize));

        result.Page.Should().Be(expectedPage);
        result.PageSize.Should().Be(expectedPageSize);
    }

    [Fact]
    public async Task A_huge_page_number_returns_an_empty_page_rather_than_throwing()
    {
        var result = await SearchAsync(new QuoteFilter(Page: int.MaxValue, PageSize: Paging.MaxPageSize));

        result.Items.Should().BeEmpty();
        result.Total.Should().Be(4);
    }

    [Fact]
    public async Task A_row_carries_its_speaker_article_actors_and_topics()
    {
        var result = await SearchAsync(new QuoteFilter(Text: "combat"));

        var row = result.Items.Should().ContainSingle().Subject;
        row.Speaker!.Slug.Should().Be("jens-stoltenberg");
        row.Article.Title.Should().Be("NATO rules out troops");
        row.Article.PublishedUtc.Should().Be(new DateTime(2022, 1, 10, 0, 0, 0, DateTimeKind.Utc));
        row.Actors.Select(a => (a.Slug, a.Name)).Should().Equal(("nato", "NATO"), ("ukraine", "Ukraine"));
        row.Actors[0].Id.Should().Be(await ActorIdAsync("nato"));
        row.Topics.Select(t => (t.Slug, t.Name)).Should().Equal(("troop-deployment", "troop deployment"));
    }

    [Fact]
    public async Task A_renamed_topic_keeps_its_slug_on_the_rows()
    {
        await using (var db = Database.CreateContext())
        {
            (await db.Topics.SingleAsync(t => t.Slug == "diplomacy")).Name = "Talks and mediation";
            await db.SaveChangesAsync();
        }

        var row = (await SearchAsync(new QuoteFilter(Text: "preconditions"))).Items.Should().ContainSingle().Subject;

        row.Topics.Should().ContainSingle().Which.Should().Be(new TopicRef(row.Topics[0].Id, "diplomacy", "Talks and mediation"));
    }

    [Fact]
    public async Task Two_actors_with_one_name_are_told_apart_by_their_slugs()
    {
        await using (var db = Database.CreateContext())
        {
            db.Actors.Add(new Actor { Name = "Ukraine", Slug = "ukraine-2", Kind = ActorKind.Organisation, CreatedUtc = TestDatabase.StartTime.UtcDateTime });
            await db.SaveChangesAsync();
            var quote = await db.Quotes.Include(q => q.Actors).SingleAsync(q => q.Text == Troops);
            quote.Actors.Add(await db.Actors.SingleAsync(a => a.Slug == "ukraine-2"));
            await db.SaveChangesAsync();
        }

        var row = (await SearchAsync(new QuoteFilter(Text: "combat"))).Items.Should().ContainSingle().Subject;

        row.Actors.Select(a => a.Slug).Should().Equal("nato", "ukraine", "ukraine-2");
        row.Actors.Select(a => a.Name).Should().Equal("NATO", "Ukraine", "Ukraine");
    }

    [Fact]
    public async Task The_latest_quotes_come_newest_first()
    {
        var latest = await InScopeAsync<QuoteService, List<QuoteRow>>(s => s.LatestAsync(2, default));

        latest.Select(q => q.Text).Should().Equal(Talks, Gas);
    }

    [Fact]
    public async Task A_statement_two_articles_carried_is_listed_once_with_its_reports_and_first_date()
    {
        await AddReprintOfTroopsQuoteAsync(new DateTime(2022, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        var result = await SearchAsync(new QuoteFilter(OnePerStatement: true));

        result.Total.Should().Be(4);
        var row = result.Items.Should().ContainSingle(q => q.Text == Troops).Subject;
        row.ReportCount.Should().Be(2);
        row.FirstReportedUtc.Should().Be(new DateTime(2022, 1, 10, 0, 0, 0, DateTimeKind.Utc));
        row.Article.Title.Should().Be("Wire reprint", "the statement is listed by its most recent report");
    }

    [Fact]
    public async Task Without_one_per_statement_every_report_is_a_row()
    {
        await AddReprintOfTroopsQuoteAsync(new DateTime(2022, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        var result = await SearchAsync(new QuoteFilter());

        result.Total.Should().Be(5);
        result.Items.Where(q => q.Text == Troops).Select(q => q.Article.Title).Should().BeEquivalentTo("Wire reprint", "NATO rules out troops");
    }

    [Fact]
    public async Task One_per_statement_keeps_the_report_that_passes_the_filters()
    {
        await AddReprintOfTroopsQuoteAsync(new DateTime(2022, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        var result = await SearchAsync(new QuoteFilter(
            FromUtc: new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ToUtc: new DateTime(2022, 1, 31, 0, 0, 0, DateTimeKind.Utc),
            OnePerStatement: true));

        var row = result.Items.Should().ContainSingle(q => q.Text == Troops).Subject;
        row.Article.Title.Should().Be("NATO rules out troops");
        row.ReportCount.Should().Be(2);
    }

    [Fact]
    public async Task The_latest_quotes_show_a_reprinted_statement_once()
    {
        await AddReprintOfTroopsQuoteAsync(new DateTime(2022, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        var latest = await InScopeAsync<QuoteService, List<QuoteRow>>(s => s.LatestAsync(10, default));

        latest.Select(q => q.Text).Should().OnlyHaveUniqueItems().And.HaveCount(4);
        latest.Single(q => q.Text == Troops).ReportCount.Should().Be(2);
    }

    [Fact]
    public async Task An_export_has_every_quote_newest_first_with_its_speaker_article_and_topics()
    {
        await using (var db = Database.CreateContext())
        {
            await AddArticleAsync(db, "Two topics", new DateTime(2022, 3, 5, 0, 0, 0, DateTimeKind.Utc),
                ("Gas talks need a summit first.", QuoteKind.Direct, "Sergei Lavrov", [], ["energy", "diplomacy"]));
        }

        var rows = await ExportAsync(new QuoteFilter(PageSize: 1));

        rows.Select(r => r.Text).Should().Equal("Gas talks need a summit first.", Talks, Gas, Troops, Unattributed);
        rows[0].Topics.Should().Equal("diplomacy", "energy");
        var troops = rows.Single(r => r.Text == Troops);
        troops.Should().BeEquivalentTo(new
        {
            Kind = QuoteKind.Direct,
            Speaker = "Jens Stoltenberg",
            SpeakerSlug = "jens-stoltenberg",
            SpeakerAffiliation = "NATO",
            ArticleTitle = "NATO rules out troops",
            PublishedUtc = new DateTime(2022, 1, 10, 0, 0, 0, DateTimeKind.Utc),
            Topics = new[] { "troop deployment" },
            Confidence = 1.0,
        });
        rows.Single(r => r.Text == Unattributed).Should().Match<QuoteExportRow>(r => r.Speaker == null && r.SpeakerAffiliation == null && r.PublishedUtc == null);
    }

    public static TheoryData<string> ExportFilters => ["speaker", "topic", "actor", "text", "kind", "dates", "speaker+text+kind"];

    [Theory]
    [MemberData(nameof(ExportFilters))]
    public async Task An_export_holds_the_same_quotes_in_the_same_order_as_the_search(string name)
    {
        var filter = name switch
        {
            "speaker" => new QuoteFilter(Speaker: "jens-stoltenberg"),
            "topic" => new QuoteFilter(Topic: "troop-deployment"),
            "actor" => new QuoteFilter(Actor: "russia"),
            "text" => new QuoteFilter(Text: "deploy"),
            "kind" => new QuoteFilter(Kind: QuoteKind.Direct),
            "dates" => new QuoteFilter(FromUtc: new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc), ToUtc: new DateTime(2022, 2, 1, 0, 0, 0, DateTimeKind.Utc)),
            _ => new QuoteFilter(Speaker: "jens-stoltenberg", Text: "troops", Kind: QuoteKind.Direct),
        };

        var search = await SearchAsync(filter with { PageSize = Paging.MaxPageSize });
        var export = await ExportAsync(filter);

        search.Items.Should().NotBeEmpty();
        export.Select(r => r.Id).Should().Equal(search.Items.Select(q => q.Id));
    }

    [Fact]
    public async Task An_export_for_a_speaker_nobody_is_called_is_empty()
    {
        (await ExportAsync(new QuoteFilter(Speaker: "nobody-at-all"))).Should().BeEmpty();
    }

    private async Task<List<QuoteExportRow>> ExportAsync(QuoteFilter filter)
    {
        await using var scope = Database.CreateScope();
        var rows = new List<QuoteExportRow>();
        await foreach (var row in scope.ServiceProvider.GetRequiredService<QuoteService>().ExportAsync(filter, default))
        {
            rows.Add(row);
        }

        return rows;
    }

    private Task<PagedResult<QuoteRow>> SearchAsync(QuoteFilter filter) =>
        InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(filter, default));

    private async Task<int> ActorIdAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Actors.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
    }

    // A second article carrying the troops quote, joined to the statement the first one started.
    private async Task AddReprintOfTroopsQuoteAsync(DateTime publishedUtc)
    {
        await using var db = Database.CreateContext();
        var original = await db.Quotes.Include(q => q.Statement).SingleAsync(q => q.Text == Troops);
        var body = "Advertisement-free reprint.\n\n" + Troops;
        var article = new Article
        {
            Title = "Wire reprint",
            PublishedUtc = publishedUtc,
            AddedUtc = TestDatabase.StartTime.UtcDateTime,
            ReportedUtc = publishedUtc,
            RawBody = body,
            CleanBody = body,
            ContentHash = TextFingerprint.Hash(body),
        };
        article.Quotes.Add(new Quote
        {
            Text = Troops,
            Kind = QuoteKind.Direct,
            SpeakerId = original.SpeakerId,
            SpeakerAsWritten = "Stoltenberg",
            StartOffset = body.Length - Troops.Length,
            EndOffset = body.Length,
            Confidence = 1,
            AttributionRule = "test",
            ReportedUtc = publishedUtc,
            Statement = original.Statement,
        });
        original.Statement.ArticleCount++;
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        await AddFacetsAsync(db, article.Quotes);
    }

    private static async Task AddArticleAsync(
        NewsDbContext db,
        string title,
        DateTime? publishedUtc,
        params (string Text, QuoteKind Kind, string? Speaker, string[] Actors, string[] Topics)[] quotes)
    {
        var body = string.Join("\n\n", quotes.Select(q => q.Text));
        var article = new Article
        {
            Title = title,
            PublishedUtc = publishedUtc,
            AddedUtc = TestDatabase.StartTime.UtcDateTime,
            ReportedUtc = ReportedDate.Of(publishedUtc),
            RawBody = body,
            CleanBody = body,
            ContentHash = TextFingerprint.Hash(body),
        };

        var offset = 0;
        foreach (var (text, kind, speakerName, actorNames, topicNames) in quotes)
        {
            var speaker = speakerName is null ? null : await db.Actors.SingleAsync(a => a.Name == speakerName);
            var quote = new Quote
            {
                Text = text,
                Kind = kind,
                Speaker = speaker,
                SpeakerAsWritten = speakerName,
                StartOffset = offset,
                EndOffset = offset + text.Length,
                Confidence = 1,
                AttributionRule = "test",
                ReportedUtc = article.ReportedUtc,
                Statement = new Statement
                {
                    Text = text,
                    Fingerprint = TextFingerprint.Key(TextFingerprint.Words(text)),
                    Speaker = speaker,
                    FirstReportedUtc = article.ReportedUtc,
                    ArticleCount = 1,
                },
            };
            quote.Actors.AddRange(await db.Actors.Where(a => actorNames.Contains(a.Name)).ToListAsync());
            quote.Topics.AddRange(await db.Topics.Where(t => topicNames.Contains(t.Name)).ToListAsync());
            article.Quotes.Add(quote);
            offset += text.Length + 2;
        }

        db.Articles.Add(article);
        await db.SaveChangesAsync();
        await AddFacetsAsync(db, article.Quotes);
    }

    // The filter index the batch store writes beside every quote.
    private static async Task AddFacetsAsync(NewsDbContext db, IEnumerable<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            db.QuoteFacets.AddRange(QuoteFacets.RowsOf(quote));
        }

        await db.SaveChangesAsync();
        await RepeatedStatements.MarkAsync(db, [.. quotes.Select(q => q.StatementId).Distinct()], default);
    }
}
