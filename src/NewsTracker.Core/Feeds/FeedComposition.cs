using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NewsTracker.Core.Articles.FromUrl;

namespace NewsTracker.Core.Feeds;

// What brings articles in from outside, for the web app and the CLI alike: the page fetcher behind "Add from URL"
// and feed items, and the feed fetcher. Both refuse private networks unless UrlImport:AllowPrivateNetworks.
public static class FeedComposition
{
    public const string UserAgent = "NewsTracker/1.0 (+https://github.com/newstracker; article and feed reader)";

    public static IServiceCollection AddNewsTrackerIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ArticlePageOptions>(configuration.GetSection(ArticlePageOptions.Section));
        services.Configure<FeedOptions>(configuration.GetSection(FeedOptions.Section));

        // The fetchers keep their own timeouts for the whole fetch, body included. Feeds and their pages are fetched
        // unattended: a passing failure (a 503, a reset connection) is retried before the fetch gives up.
        AddFetcher<ArticlePageFetcher>(services);
        AddFetcher<FeedFetcher>(services);
        services.AddSingleton<FeedPollRequests>();
        services.AddTransient<FeedPollingPass>();
        services.AddScoped<FeedService>();
        services.AddScoped<FeedPoller>();
        return services;
    }

    private static void AddFetcher<TFetcher>(IServiceCollection services)
        where TFetcher : class =>
        services.AddHttpClient<TFetcher>(client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => ArticlePageFetcher.CreateHandler(provider.GetRequiredService<IOptions<ArticlePageOptions>>().Value))
            .AddStandardResilienceHandler(Retries);

    // Two retries of a transient failure; an address refused as private is no passing failure. The fetchers' own
    // deadlines (UrlImport:TimeoutSeconds, Feeds:TimeoutSeconds) bound the whole fetch, retries included.
    private static void Retries(HttpStandardResilienceOptions resilience)
    {
        resilience.Retry.MaxRetryAttempts = 2;
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(500);
        resilience.Retry.ShouldHandle = outcome => ValueTask.FromResult(
            outcome.Outcome.Exception is not HttpRequestException { InnerException: ArticlePageFetcher.PrivateNetworkException }
            && HttpClientResiliencePredicates.IsTransient(outcome.Outcome));
        resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
        resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(180);
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(120);
    }
}
