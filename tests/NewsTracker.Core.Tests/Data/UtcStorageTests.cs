using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Data;

public sealed class UtcStorageTests : DatabaseTest
{
    [Fact]
    public async Task Times_read_back_from_the_database_are_utc()
    {
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(NewArticle(new DateTime(2024, 2, 12, 8, 30, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var article = await read.Articles.SingleAsync();
        article.AddedUtc.Kind.Should().Be(DateTimeKind.Utc);
        article.PublishedUtc!.Value.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public async Task Times_in_a_projection_are_utc()
    {
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(NewArticle(new DateTime(2024, 2, 12, 8, 30, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var published = await read.Articles.Select(a => a.PublishedUtc ?? a.AddedUtc).SingleAsync();
        published.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public async Task A_local_time_is_stored_as_the_same_instant_in_utc()
    {
        var local = new DateTime(2024, 2, 12, 8, 30, 0, DateTimeKind.Local);
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(NewArticle(local));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        (await read.Articles.SingleAsync()).PublishedUtc.Should().Be(local.ToUniversalTime());
    }

    private static Article NewArticle(DateTime publishedUtc) => new()
    {
        Title = "Title",
        PublishedUtc = publishedUtc,
        AddedUtc = TestDatabase.StartTime.UtcDateTime,
        RawBody = "Body.",
        CleanBody = "Body.",
        ContentHash = new string('0', Article.ContentHashLength),
    };
}
