using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Data.Postgres;
using NewsTracker.Data.Sqlite;
using NewsTracker.Testing.Engines;

namespace NewsTracker.Core.Tests.Archive;

// The importer as a pipeline of batches: duplicates inside a batch and across batches, a batch that fails
// half-way leaving nothing behind, and a re-run adding only what is missing.
public sealed class BatchedImportTests : DatabaseTest
{
    private readonly FailingStore _store = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<IArchiveStore>();
        services.AddSingleton<IArchiveStore>(_store);
    }

    [Fact]
    public async Task Copies_inside_one_batch_are_duplicates_of_the_first()
    {
        var articles = new[]
        {
            Wire.Article(1, url: "https://example.org/a"),
            Wire.Article(2, url: "https://example.org/a"),
            Wire.Article(1, url: "https://example.org/copy-of-a"),
            Wire.Article(3),
        };

        var report = await ImportAsync(batchSize: 10, Wire.Source("batch.json", articles));

        report.Outcomes.Select(o => o.Status).Should().Equal(
            AddArticleStatus.Added, AddArticleStatus.Duplicate, AddArticleStatus.Duplicate, AddArticleStatus.Added);
        var first = report.Outcomes[0].ArticleId;
        report.Outcomes[1].Should().Match<ImportOutcome>(o => o.DuplicateOfId == first && o.DuplicateReason == "the same URL");
        report.Outcomes[2].Should().Match<ImportOutcome>(o => o.DuplicateOfId == first && o.DuplicateReason == "the same text");
        await using var db = Database.CreateContext();
        (await db.Articles.CountAsync()).Should().Be(2);
    }

    // 600 articles in one batch are 1,200 quotes and more facet rows: on PostgreSQL more than one round trip a
    // table, so every stage must hand the next the ids it was given.
    [Fact]
    public async Task A_batch_larger_than_one_round_trip_stores_every_quote_linked_to_its_article_and_speaker()
    {
        var articles = Enumerable.Range(1, 600).Select(n => Wire.Article(n)).ToArray();

        var report = await ImportAsync(batchSize: 600, Wire.Source("large.json", articles));

        report.ArticlesAdded.Should().Be(600);
        report.Outcomes.Select(o => o.ArticleId).Should().OnlyHaveUniqueItems().And.NotContain(0);
        await using var db = Database.CreateContext();
        var perArticle = await db.Quotes.GroupBy(q => q.ArticleId).Select(g => g.Count()).ToListAsync();
        perArticle.Should().HaveCount(600).And.OnlyContain(count => count == 2);
        (await db.Quotes.CountAsync(q => q.SpeakerId == null)).Should().Be(0);
        (await db.QuoteFacets.CountAsync(f => f.Kind == QuoteFacetKind.Speaker)).Should().Be(1200);
        (await db.Actors.Where(a => a.QuoteCount > 0).SumAsync(a => a.QuoteCount)).Should().Be(1200);
    }

    [Fact]
    public async Task Copies_in_a_later_batch_are_duplicates_of_the_stored_article()
    {
        var articles = Enumerable.Range(1, 5).Select(n => Wire.Article(n)).Append(Wire.Article(2, url: "https://example.org/again")).ToArray();

        var report = await ImportAsync(batchSize: 2, Wire.Source("batches.json", articles));

        report.ArticlesAdded.Should().Be(5);
        var copy = report.Outcomes[^1];
        copy.Status.Should().Be(AddArticleStatus.Duplicate);
        copy.DuplicateOfId.Should().Be(report.Outcomes[1].ArticleId);
    }

    [Fact]
    public async Task A_batch_that_fails_while_storing_leaves_nothing_behind_and_a_rerun_adds_the_rest()
    {
        var source = Wire.Source("archive.json", Enumerable.Range(1, 9).Select(n => Wire.Article(n)).ToArray());
        _store.FailOnCall = 3;

        var failed = async () => await ImportAsync(batchSize: 3, source);

        await failed.Should().ThrowAsync<IOException>();
        await using (var db = Database.CreateContext())
        {
            (await db.Articles.CountAsync()).Should().Be(6, "the two batches before the failure were committed");
            await ArchiveIntegrity.ShouldHoldAsync(db);
        }

        var rerun = await ImportAsync(batchSize: 3, source);

        rerun.ArticlesAdded.Should().Be(3);
        rerun.Duplicates.Should().Be(6);
        await using (var db = Database.CreateContext())
        {
            (await db.Articles.CountAsync()).Should().Be(9);
            await ArchiveIntegrity.ShouldHoldAsync(db);
        }
    }

    [Fact]
    public async Task Running_the_same_import_twice_stores_everything_once()
    {
        var source = Wire.Source("archive.json", Enumerable.Range(1, 7).Select(n => Wire.Article(n)).ToArray());
        var first = await ImportAsync(batchSize: 3, source);
        int quotes, statements, actors;
        await using (var db = Database.CreateContext())
        {
            (quotes, statements, actors) = (await db.Quotes.CountAsync(), await db.Statements.CountAsync(), await db.Actors.CountAsync());
        }

        var second = await ImportAsync(batchSize: 3, source);

        first.ArticlesAdded.Should().Be(7);
        second.ArticlesAdded.Should().Be(0);
        second.Duplicates.Should().Be(7);
        await using var after = Database.CreateContext();
        (await after.Quotes.CountAsync(), await after.Statements.CountAsync(), await after.Actors.CountAsync())
            .Should().Be((quotes, statements, actors));
    }

    [Fact]
    public async Task Stored_counts_match_the_rows_after_importing_varied_articles_in_small_batches()
    {
        var folder = Path.Combine(Seed.RepositoryRoot, "tests", "eval-set");
        var sources = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(ImportSource.FromFile);

        var report = await ImportAsync(batchSize: 7, [.. sources]);

        report.ArticlesAdded.Should().BeGreaterThan(20);
        await using var db = Database.CreateContext();
        await ArchiveIntegrity.ShouldHoldAsync(db);
    }

    private async Task<ImportReport> ImportAsync(int batchSize, params ImportSource[] sources)
    {
        await using var scope = Database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        importer.BatchSize = batchSize;
        return await importer.ImportAsync(sources, progress: null, default);
    }

    // The real store, failing on one call after it has written everything: the transaction must undo it.
    private sealed class FailingStore : IArchiveStore
    {
        private readonly IArchiveStore _inner = TestEngines.Current == TestEngine.Postgres ? new PostgresArchiveStore() : new SqliteArchiveStore();
        private int _calls;

        public int FailOnCall { get; set; }

        public async Task WriteAsync(NewsDbContext db, ArchiveBatch batch, CancellationToken ct)
        {
            await _inner.WriteAsync(db, batch, ct);
            if (++_calls == FailOnCall)
            {
                throw new IOException("The disk went away.");
            }
        }
    }
}

// Articles of generated wire copy: each number gives a distinct article with two attributed quotes.
internal static class Wire
{
    private static readonly string[] Speakers = ["Sergei Lavrov", "Jens Stoltenberg", "Olaf Scholz", "Annalena Baerbock"];

    public static NewArticle Article(int n, string? url = null)
    {
        var speaker = Speakers[n % Speakers.Length];
        var body = $"\u201CWe will talk about gas supplies and troop numbers on day {n} of the talks,\u201D {speaker} said on Monday.\n\n" +
            $"\u201CThe sanctions stay until the troops leave, and that is final for round {n},\u201D {speaker.Split(' ')[^1]} added.";
        return new NewArticle($"Talks, day {n}", body, "Wire", url ?? $"https://example.org/talks/{n}", PublishedUtc: new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(n));
    }

    public static ImportSource Source(string name, IReadOnlyList<NewArticle> articles)
    {
        var json = JsonSerializer.Serialize(articles.Select(a => new { title = a.Title, body = a.Body, outlet = a.Outlet, url = a.Url, publishedAt = a.PublishedUtc }));
        return new ImportSource(name, _ => Task.FromResult(json), json.Length);
    }
}
