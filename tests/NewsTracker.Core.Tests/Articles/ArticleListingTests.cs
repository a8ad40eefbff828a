using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Testing.Engines;

namespace NewsTracker.Core.Tests.Articles;

// Articles are written straight through the model (ReportedUtc and QuoteCount as the writer stores them), so these
// tests are about the list's paging and search and not about extraction.
public sealed class ArticleListingTests : DatabaseTest
{
    private static readonly DateTime January = new(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Articles_come_newest_first_and_page_two_shows_the_next_rows()
    {
        await AddAsync(("Oldest", "Reuters", 1), ("Newest", "Reuters", 5), ("Middle", "Reuters", 3), ("Second", "Reuters", 4), ("Fourth", "Reuters", 2));

        var first = await ListAsync(new ArticleQuery(PageSize: 2));
        var second = await ListAsync(new ArticleQuery(Page: 2, PageSize: 2));
        var third = await ListAsync(new ArticleQuery(Page: 3, PageSize: 2));

        first.Total.Should().Be(5);
        first.Items.Select(a => a.Title).Should().Equal("Newest", "Second");
        second.Items.Select(a => a.Title).Should().Equal("Middle", "Fourth");
        third.Items.Select(a => a.Title).Should().Equal("Oldest");
        third.HasNext.Should().BeFalse();
    }

    [Fact]
    public async Task Articles_reported_at_the_same_time_come_last_stored_first()
    {
        await AddAsync(("Stored first", null, 1), ("Stored second", null, 1));

        var result = await ListAsync(new ArticleQuery());

        result.Items.Select(a => a.Title).Should().Equal("Stored second", "Stored first");
    }

    [Fact]
    public async Task The_list_pages_by_fifty_unless_told_otherwise()
    {
        await AddManyAsync(60, "Bulletin");

        var result = await ListAsync(new ArticleQuery());

        result.PageSize.Should().Be(50);
        result.Items.Should().HaveCount(50);
        result.PageCount.Should().Be(2);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public async Task A_page_past_the_end_is_empty_but_keeps_the_total(int page)
    {
        await AddAsync(("One", null, 1), ("Two", null, 2));

        var result = await ListAsync(new ArticleQuery(Page: page, PageSize: 1));

        result.Items.Should().BeEmpty();
        result.Total.Should().Be(2);
    }

    [Theory]
    [InlineData("troop")]
    [InlineData("combat troops")]
    [InlineData("NATO")]
    [InlineData("nato")]
    [InlineData("RULES OUT")]
    public async Task An_article_is_found_by_the_start_of_any_word_of_its_title_in_any_case(string q)
    {
        await AddAsync(("NATO rules out combat troops for Ukraine", "Reuters", 2), ("Lavrov offers talks", "TASS", 1));

        var result = await ListAsync(new ArticleQuery(q));

        result.Items.Select(a => a.Title).Should().Equal("NATO rules out combat troops for Ukraine");
        result.Total.Should().Be(1);
    }

    [Theory]
    [InlineData("we are", "“We are ready,” says Lavrov")]
    [InlineData("no plans", "‘No plans’ for combat troops, NATO says")]
    [InlineData("never", "\"Never again\", Kyiv warns")]
    [InlineData("ukraine", "Russia-Ukraine talks resume")]
    [InlineData("russia-ukraine", "Russia-Ukraine talks resume")]
    public async Task Quotation_marks_and_hyphens_part_the_words_of_a_title(string q, string title)
    {
        await AddAsync(
            ("“We are ready,” says Lavrov", null, 1),
            ("‘No plans’ for combat troops, NATO says", null, 2),
            ("\"Never again\", Kyiv warns", null, 3),
            ("Russia-Ukraine talks resume", null, 4));

        var result = await ListAsync(new ArticleQuery(q));

        result.Items.Select(a => a.Title).Should().Equal(title);
    }

    [Theory]
    [InlineData("reuters")]
    [InlineData("Press")]
    public async Task An_article_is_found_by_its_outlet(string q)
    {
        await AddAsync(("Talks in Geneva", "Reuters", 1), ("Talks in Vienna", "Associated Press", 2), ("Talks in Minsk", null, 3));

        var result = await ListAsync(new ArticleQuery(q));

        result.Items.Should().ContainSingle().Which.Outlet.Should().ContainEquivalentOf(q);
    }

    [Theory]
    [InlineData("roops")]
    [InlineData("nothing like it")]
    [InlineData("_")]
    [InlineData("%")]
    [InlineData(@"\")]
    public async Task A_search_that_matches_no_word_start_finds_nothing(string q)
    {
        await AddAsync(("NATO rules out combat troops", "Reuters", 1));

        var result = await ListAsync(new ArticleQuery(q));

        result.Items.Should().BeEmpty();
        result.Total.Should().Be(0);
    }

    [Fact]
    public async Task A_few_matches_come_newest_first_and_page_like_the_full_list()
    {
        await AddAsync(("Gas talks", null, 1), ("Troops move", null, 2), ("Gas deal", null, 3), ("Gas price", null, 4));

        var first = await ListAsync(new ArticleQuery("gas", PageSize: 2));
        var second = await ListAsync(new ArticleQuery("gas", Page: 2, PageSize: 2));

        first.Total.Should().Be(3);
        first.Items.Select(a => a.Title).Should().Equal("Gas price", "Gas deal");
        second.Items.Select(a => a.Title).Should().Equal("Gas talks");
    }

    [Fact]
    public async Task Many_matches_come_newest_first_with_their_total()
    {
        // More matches than the list fetches by id: it walks the date index instead, with the same answer.
        await AddManyAsync(1_200, "Bulletin");
        await AddManyAsync(30, "Digest");

        var first = await ListAsync(new ArticleQuery("bulletin"));
        var last = await ListAsync(new ArticleQuery("bulletin", Page: 24));

        first.Total.Should().Be(1_200);
        first.Items.Select(a => a.Title).Should().Equal(Enumerable.Range(0, 50).Select(i => $"Bulletin {1_200 - i}"));
        last.Items.Select(a => a.Title).Should().Equal(Enumerable.Range(0, 50).Select(i => $"Bulletin {50 - i}"));
    }

    [Fact]
    public async Task Counting_stops_at_the_cap_and_so_do_the_pages()
    {
        await AddManyAsync(Paging.CountCap + 5, "Wire");

        var first = await ListAsync(new ArticleQuery());
        var lastCounted = await ListAsync(new ArticleQuery(Page: Paging.CountCap / 50));
        var beyond = await ListAsync(new ArticleQuery(Page: (Paging.CountCap / 50) + 1));

        first.Total.Should().Be(Paging.CountCap);
        first.TotalIsCapped.Should().BeTrue();
        first.Items[0].Title.Should().Be($"Wire {Paging.CountCap + 5}");
        lastCounted.Items.Should().HaveCount(50);
        beyond.Items.Should().BeEmpty();
    }

    private Task<PagedResult<ArticleRow>> ListAsync(ArticleQuery query) =>
        InScopeAsync<ArticleService, PagedResult<ArticleRow>>(s => s.ListAsync(query, default));

    // Day offsets from January set ReportedUtc (and PublishedUtc), as the writer would.
    private async Task AddAsync(params (string Title, string? Outlet, int Day)[] articles)
    {
        await using var db = Database.CreateContext();
        foreach (var (title, outlet, day) in articles)
        {
            var reported = January.AddDays(day);
            db.Articles.Add(new Article
            {
                Title = title,
                Outlet = outlet,
                PublishedUtc = reported,
                AddedUtc = reported,
                ReportedUtc = reported,
                RawBody = title,
                CleanBody = title,
                ContentHash = TextFingerprint.Hash(title),
            });
        }

        await db.SaveChangesAsync();
    }

    // "{prefix} 1" … "{prefix} {count}", one minute apart, the highest number newest.
    private async Task AddManyAsync(int count, string prefix)
    {
        await using var db = Database.CreateContext();
        if (Engine == TestEngine.Postgres)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Articles" ("Title", "AddedUtc", "ReportedUtc", "QuoteCount", "RawBody", "CleanBody", "ContentHash", "Version")
                SELECT {prefix} || ' ' || i, timestamptz '2023-01-01 00:00:00Z', timestamptz '2023-01-01 00:00:00Z' + i * interval '1 minute',
                       0, 'body', 'body', substr({prefix}, 1, 4) || lpad(i::text, 60, '0'), 0
                FROM generate_series(1, {count}) AS i
                """);
            return;
        }

        await db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
            INSERT INTO Articles (Title, AddedUtc, ReportedUtc, QuoteCount, RawBody, CleanBody, ContentHash)
            SELECT {prefix} || ' ' || i, '2023-01-01 00:00:00', strftime('%Y-%m-%d %H:%M:%S', '2023-01-01', '+' || i || ' minutes'),
                   0, 'body', 'body', printf('%s%060d', substr({prefix}, 1, 4), i)
            FROM n
            """);
    }
}
