using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Data.Postgres;
using NewsTracker.Data.Sqlite;
using NewsTracker.Testing.Engines;

namespace NewsTracker.Core.Tests.Archive;

// A long import refreshes the planner's statistics each time the archive has doubled, not only at the end: an
// empty archive's statistics would otherwise steer every later batch's lookups into scans.
public sealed class ImportStatisticsTests : DatabaseTest
{
    private readonly CountingDialect _dialect = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<IDatabaseDialect>();
        services.AddSingleton<IDatabaseDialect>(_dialect);
    }

    [Fact]
    public async Task The_archive_is_analysed_again_each_time_it_has_doubled_and_once_at_the_end()
    {
        var source = Wire.Source("archive.json", Enumerable.Range(1, 10).Select(n => Wire.Article(n)).ToArray());

        await using var scope = Database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        importer.BatchSize = 2;
        importer.ReanalyseAfter = 2;
        _dialect.AnalysedAt.Clear();
        var report = await importer.ImportAsync([source], progress: null, default);

        report.ArticlesAdded.Should().Be(10);
        _dialect.AnalysedAt.Should().Equal([2, 4, 8, 10], "analysed at 2, 4 and 8 stored articles, then after the import");
    }

    [Fact]
    public async Task Fewer_new_articles_than_the_threshold_wait_for_the_end()
    {
        var source = Wire.Source("few.json", Enumerable.Range(1, 6).Select(n => Wire.Article(n)).ToArray());

        await using var scope = Database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        importer.BatchSize = 2;
        _dialect.AnalysedAt.Clear();
        await importer.ImportAsync([source], progress: null, default);

        _dialect.AnalysedAt.Should().Equal([6], "six articles are far below the default threshold of a thousand");
    }

    // The real dialect, noting how many articles were stored each time the statistics were refreshed.
    private sealed class CountingDialect : IDatabaseDialect
    {
        private readonly IDatabaseDialect _inner = TestEngines.Current == TestEngine.Postgres ? new PostgresDialect() : new SqliteDialect();

        public List<int> AnalysedAt { get; } = [];

        public Task PrepareAsync(NewsDbContext db, CancellationToken ct) => _inner.PrepareAsync(db, ct);

        public async Task OptimizeAsync(NewsDbContext db, CancellationToken ct)
        {
            AnalysedAt.Add(await db.Articles.CountAsync(ct));
            await _inner.OptimizeAsync(db, ct);
        }

        public IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchQuery query) => _inner.MatchingQuoteIds(db, query);

        public Task<IReadOnlyDictionary<int, double>> RanksAsync(NewsDbContext db, SearchQuery query, IReadOnlyCollection<int> quoteIds, CancellationToken ct) =>
            _inner.RanksAsync(db, query, quoteIds, ct);

        public bool IsBusy(Exception exception) => _inner.IsBusy(exception);
    }
}
