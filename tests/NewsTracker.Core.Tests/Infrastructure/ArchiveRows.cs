using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Tests.Infrastructure;

// Articles and quotes written straight through the model, with the filter index and monthly counts the batch store
// keeps beside them:
// for testing the queries that read them, not the extractor. Speakers, actors and topics are found by name.
public static class ArchiveRows
{
    public static DateTime Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    public static Said Quote(string text, string? speaker, QuoteKind kind = QuoteKind.Direct, string[]? actors = null, string[]? topics = null) =>
        new(text, kind, speaker, actors ?? [], topics ?? []);

    public static async Task AddArticleAsync(NewsDbContext db, DateTime? publishedUtc, params Said[] quotes)
    {
        var body = string.Join("\n\n", quotes.Select(q => q.Text));
        var article = new Article
        {
            Title = "Article " + Guid.NewGuid().ToString("N")[..8],
            PublishedUtc = publishedUtc,
            AddedUtc = TestDatabase.StartTime.UtcDateTime,
            ReportedUtc = ReportedDate.Of(publishedUtc),
            RawBody = body,
            CleanBody = body,
            ContentHash = TextFingerprint.Hash(body + Salt()),
        };

        var offset = 0;
        foreach (var said in quotes)
        {
            var speaker = said.Speaker is null ? null : await db.Actors.Include(a => a.Affiliation).SingleAsync(a => a.Name == said.Speaker);
            var quote = new Quote
            {
                Text = said.Text,
                Kind = said.Kind,
                Speaker = speaker,
                SpeakerAsWritten = said.Speaker,
                StartOffset = offset,
                EndOffset = offset + said.Text.Length,
                Confidence = 1,
                AttributionRule = "test",
                ReportedUtc = article.ReportedUtc,
                Statement = new Statement
                {
                    Text = said.Text,
                    Fingerprint = TextFingerprint.Key(TextFingerprint.Words(said.Text + Salt())),
                    Speaker = speaker,
                    FirstReportedUtc = article.ReportedUtc,
                    ArticleCount = 1,
                },
            };
            quote.Actors.AddRange(await db.Actors.Where(a => said.Actors.Contains(a.Name)).ToListAsync());
            quote.Topics.AddRange(await db.Topics.Where(t => said.Topics.Contains(t.Name)).ToListAsync());
            article.Quotes.Add(quote);
            offset += said.Text.Length + 2;
        }

        db.Articles.Add(article);
        await db.SaveChangesAsync();
        foreach (var quote in article.Quotes)
        {
            db.QuoteFacets.AddRange(QuoteFacets.RowsOf(quote));
        }

        await db.SaveChangesAsync();
        await RepeatedStatements.MarkAsync(db, [.. article.Quotes.Select(q => q.StatementId).Distinct()], default);
        await MonthlyCounts.AddAsync(db, MonthlyCounts.Of(article.Quotes), default);
    }

    // A person who speaks for the affiliation named (null: for nobody).
    public static async Task<Actor> AddPersonAsync(NewsDbContext db, string name, string? affiliation)
    {
        var actor = new Actor
        {
            Name = name,
            Slug = Slug.From(name),
            Kind = ActorKind.Person,
            Affiliation = affiliation is null ? null : await db.Actors.SingleAsync(a => a.Name == affiliation),
            CreatedUtc = TestDatabase.StartTime.UtcDateTime,
        };
        db.Actors.Add(actor);
        await db.SaveChangesAsync();
        return actor;
    }

    public static Task<int> ActorIdAsync(NewsDbContext db, string name) => db.Actors.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();

    public static Task<int> TopicIdAsync(NewsDbContext db, string name) => db.Topics.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();

    // Texts may repeat across articles in a test; their hashes must not.
    private static string Salt() => Guid.NewGuid().ToString("N");

    public sealed record Said(string Text, QuoteKind Kind, string? Speaker, string[] Actors, string[] Topics);
}
