using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;
using NewsTracker.Data.Sqlite;
using NewsTracker.Testing.Engines;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// Outside Development an unexpected failure must never show a stack trace: pages get the error page,
// the API a problem document.
[SqliteOnly("its failing dialect wraps SQLite's")]
public sealed class ProductionErrorTests : IClassFixture<ProductionErrorTests.BrokenSearchFactory>
{
    private readonly BrokenSearchFactory _factory;

    public ProductionErrorTests(BrokenSearchFactory factory) => _factory = factory;

    [Fact]
    public async Task A_failing_page_shows_the_error_page_without_details()
    {
        var client = _factory.CreateClient();

        using var response = await client.GetAsync("/Quotes?q=troops");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("h1").Text().Should().Be("Something went wrong");
        page.Body!.TextContent.Should().NotContain(BrokenDialect.Message).And.NotContain("at NewsTracker");
        response.Headers.Contains("Content-Security-Policy").Should().BeTrue();
    }

    [Fact]
    public async Task A_failing_api_call_is_a_500_problem_without_details()
    {
        var client = _factory.CreateClient();

        using var response = await client.GetAsync("/api/quotes?q=troops");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain(BrokenDialect.Message);
    }

    public sealed class BrokenSearchFactory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IDatabaseDialect, BrokenDialect>()));
        }
    }

    private sealed class BrokenDialect : IDatabaseDialect
    {
        public const string Message = "search engine exploded";

        private readonly SqliteDialect _inner = new();

        public Task PrepareAsync(NewsDbContext db, CancellationToken ct) => _inner.PrepareAsync(db, ct);

        public Task OptimizeAsync(NewsDbContext db, CancellationToken ct) => _inner.OptimizeAsync(db, ct);

        public IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchQuery query) => throw new InvalidOperationException(Message);

        public Task<IReadOnlyDictionary<int, double>> RanksAsync(NewsDbContext db, SearchQuery query, IReadOnlyCollection<int> quoteIds, CancellationToken ct) =>
            throw new InvalidOperationException(Message);
    }
}
