using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Data;

// SQLite keeps a quote's report date as a Julian day (SqliteReportDates): an archive stored with text dates is
// converted by the migration, and down again, with every date, the full-text triggers and the links kept.
public sealed class ReportDatesMigrationTests
{
    private const string Migration = "_ReportDatesAsJulianDays";
    private static readonly DateTime Monday = new(2024, 3, 4, 10, 15, 30, DateTimeKind.Utc);
    private static readonly DateTime Friday = new(2024, 3, 8, 18, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("1999-12-31T23:59:59")]
    [InlineData("2024-03-04T10:15:30")]
    [InlineData("9999-12-31T23:59:59")]
    public void A_julian_day_holds_a_report_date_to_the_second(string date)
    {
        var utc = DateTime.SpecifyKind(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        var back = SqliteReportDates.FromJulianDay(SqliteReportDates.JulianDay(utc));

        back.Should().Be(utc);
        back.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public void Report_dates_are_whole_seconds()
    {
        ReportedDate.Of(Monday.AddMilliseconds(750)).Should().Be(Monday);
    }

    [Fact]
    public async Task Quotes_and_filter_rows_are_stored_as_julian_days_and_read_back_as_the_dates_they_were()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await AddAsync(database, "Harbour", "\u201CThe harbour stays open to every ship,\u201D Harbour Master Tomas Brandt said.", Monday.AddMilliseconds(750));
        await AddAsync(database, "Quays", "\u201CThe quays will be rebuilt by spring,\u201D Ada Quist said.", null);

        await using var db = database.CreateContext();
        (await TypesAsync(db, "Quotes")).Should().Equal("real");
        (await TypesAsync(db, "QuoteFacets")).Should().Equal("real");
        (await db.Quotes.AsNoTracking().OrderByDescending(q => q.ReportedUtc).Select(q => q.ReportedUtc).ToListAsync())
            .Should().Equal(Monday, ReportedDate.Undated);
        (await db.QuoteFacets.AsNoTracking().Where(f => f.ReportedUtc >= ReportedDate.RangeStart(Monday.Date)).Select(f => f.ReportedUtc).Distinct().ToListAsync())
            .Should().Equal(Monday);
    }

    [Fact]
    public async Task Text_dates_stored_before_become_julian_days_and_go_back_down_unchanged()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await AddAsync(database, "Harbour", "\u201CThe harbour stays open to every ship,\u201D Harbour Master Tomas Brandt said.", Monday);
        await AddAsync(database, "Quays", "\u201CThe quays will be rebuilt by spring,\u201D Ada Quist said.", null);
        await using (var db = database.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var index = migrations.FindIndex(m => m.EndsWith(Migration, StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[index - 1]);

            (await TextsAsync(db, "Quotes")).Should().BeEquivalentTo("2024-03-04 10:15:30", "0001-01-01 00:00:00");
            (await TextsAsync(db, "QuoteFacets")).Should().Contain("2024-03-04 10:15:30").And.Contain("0001-01-01 00:00:00");
            (await TypesAsync(db, "QuoteFacets")).Should().Equal("text");

            await db.Database.MigrateAsync();
            (await TypesAsync(db, "Quotes")).Should().Equal("real");
            (await TypesAsync(db, "QuoteFacets")).Should().Equal("real");
            (await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync()).Should().BeEmpty();
        }

        // A quote added after the migration is found by search: the full-text triggers survived the column's rebuild.
        await AddAsync(database, "Locks", "\u201CThe canal locks reopen on Friday,\u201D Ada Quist said.", Friday);
        await using var read = database.CreateContext();
        (await read.Quotes.AsNoTracking().OrderByDescending(q => q.ReportedUtc).Select(q => q.ReportedUtc).ToListAsync())
            .Should().Equal(Friday, Monday, ReportedDate.Undated);
        (await read.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM \"QuoteSearch\" WHERE \"QuoteSearch\" MATCH 'locks OR harbour'").CountAsync())
            .Should().Be(2);
        var indexes = await read.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Quotes', 'QuoteFacets')").ToListAsync();
        indexes.Should().Contain(["IX_Quotes_ReportedUtc_Id", "IX_Quotes_SpeakerId_ReportedUtc_Id", "IX_QuoteFacets_QuoteId_Kind_FacetId"]);
    }

    private static async Task AddAsync(SqliteTestDatabase database, string title, string body, DateTime? published)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ArticleService>().AddAsync(new NewArticle(title, body, PublishedUtc: published), default);
        result.Status.Should().Be(AddArticleStatus.Added);
    }

    private static Task<List<string>> TypesAsync(NewsDbContext db, string table) =>
        db.Database.SqlQueryRaw<string>(From("SELECT DISTINCT typeof(\"ReportedUtc\") AS \"Value\" FROM ", table)).ToListAsync();

    private static Task<List<string>> TextsAsync(NewsDbContext db, string table) =>
        db.Database.SqlQueryRaw<string>(From("SELECT DISTINCT \"ReportedUtc\" AS \"Value\" FROM ", table)).ToListAsync();

    // One of the two tables by name, never text from outside.
    private static string From(string select, string table) => table switch
    {
        "Quotes" => select + "\"Quotes\"",
        "QuoteFacets" => select + "\"QuoteFacets\"",
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };
}
