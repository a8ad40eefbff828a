using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Data;

// Archives stored before undated became a state of its own dated undated articles by the day they were added.
public sealed class UndatedMigrationTests
{
    private const string BeforeUndated = "20261202084649_ArticleEditing";
    private static readonly DateTime Added = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Published = new(2022, 1, 31, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_old_fallback_dates_of_undated_articles_become_undated_everywhere()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        await using (var old = database.CreateContext())
        {
            await old.GetService<IMigrator>().MigrateAsync(BeforeUndated);

            // The rows are written in that migration's schema, not through today's model, which has columns it lacked.
            var shared = await InsertAsync(old, """INSERT INTO "Statements" ("Text", "Fingerprint", "FirstReportedUtc", "ArticleCount") VALUES ({0}, 'f', {1}, 2)""", "Shared words", Stored(Added));
            var lonely = await InsertAsync(old, """INSERT INTO "Statements" ("Text", "Fingerprint", "FirstReportedUtc", "ArticleCount") VALUES ({0}, 'g', {1}, 1)""", "Only undated", Stored(Added));
            await ArticleAsync(old, "Undated", null, (shared, "Shared words"), (lonely, "Only undated"));
            await ArticleAsync(old, "Dated", Published, (shared, "Shared words"));
        }

        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();

        (await db.Articles.SingleAsync(a => a.Title == "Undated")).ReportedUtc.Should().Be(ReportedDate.Undated);
        (await db.Articles.SingleAsync(a => a.Title == "Dated")).ReportedUtc.Should().Be(Published);
        (await db.Quotes.Where(q => q.Article.Title == "Undated").Select(q => q.ReportedUtc).ToListAsync()).Should().OnlyContain(d => d == ReportedDate.Undated);
        (await db.QuoteFacets.CountAsync(f => f.ReportedUtc == ReportedDate.Undated)).Should().Be(2);
        (await db.Statements.SingleAsync(s => s.Text == "Shared words")).FirstReportedUtc.Should().Be(Published, "its dated report is its first");
        (await db.Statements.SingleAsync(s => s.Text == "Only undated")).FirstReportedUtc.Should().Be(ReportedDate.Undated);
    }

    private static async Task ArticleAsync(NewsDbContext db, string title, DateTime? published, params (long Statement, string Text)[] quotes)
    {
        var body = string.Join("\n\n", quotes.Select(q => q.Text)) + " " + title;
        var reported = Stored(published ?? Added);
        var article = await InsertAsync(
            db,
            """
            INSERT INTO "Articles" ("Title", "PublishedUtc", "AddedUtc", "ReportedUtc", "RawBody", "CleanBody", "ContentHash")
            VALUES ({0}, {1}, {2}, {3}, {4}, {4}, {5})
            """,
            title, published is { } date ? Stored(date) : null, Stored(Added), reported, body, TextFingerprint.Hash(body));
        foreach (var (statement, text) in quotes)
        {
            var quote = await InsertAsync(
                db,
                """
                INSERT INTO "Quotes" ("ArticleId", "StatementId", "Text", "Kind", "StartOffset", "EndOffset", "Confidence", "ReportedUtc")
                VALUES ({0}, {1}, {2}, 'Direct', 0, {3}, 0, {4})
                """,
                article, statement, text, text.Length, reported);
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId") VALUES ({0}, 1, {1}, {2})""",
                (int)QuoteFacetKind.Topic, reported, quote);
        }
    }

    private static async Task<long> InsertAsync(NewsDbContext db, string sql, params object?[] values)
    {
        await db.Database.ExecuteSqlRawAsync(sql, values!);
        return await db.Database.SqlQueryRaw<long>("SELECT last_insert_rowid() AS \"Value\"").SingleAsync();
    }

    // How EF Core's SQLite provider writes a DateTime.
    private static string Stored(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
