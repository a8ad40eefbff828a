using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Statements;
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
            var statement = new Statement { Text = "Shared words", Fingerprint = "f", FirstReportedUtc = Added, ArticleCount = 2 };
            var lonely = new Statement { Text = "Only undated", Fingerprint = "g", FirstReportedUtc = Added, ArticleCount = 1 };
            old.Articles.AddRange(
                Article("Undated", null, (statement, "Shared words"), (lonely, "Only undated")),
                Article("Dated", Published, (statement, "Shared words")));
            await old.SaveChangesAsync();
            foreach (var quote in await old.Quotes.ToListAsync())
            {
                old.QuoteFacets.Add(new QuoteFacet { Kind = QuoteFacetKind.Topic, FacetId = 1, ReportedUtc = quote.ReportedUtc, QuoteId = quote.Id });
            }

            await old.SaveChangesAsync();
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

    private static Article Article(string title, DateTime? published, params (Statement Statement, string Text)[] quotes)
    {
        var body = string.Join("\n\n", quotes.Select(q => q.Text)) + " " + title;
        var article = new Article
        {
            Title = title,
            PublishedUtc = published,
            AddedUtc = Added,
            ReportedUtc = published ?? Added,
            RawBody = body,
            CleanBody = body,
            ContentHash = TextFingerprint.Hash(body),
        };
        foreach (var (statement, text) in quotes)
        {
            article.Quotes.Add(new Quote { Text = text, Statement = statement, ReportedUtc = published ?? Added, EndOffset = text.Length });
        }

        return article;
    }
}
