using Microsoft.Extensions.Options;
using NewsTracker.Core.Articles.FromUrl;

namespace NewsTracker.Web.Infrastructure;

// What brings articles in from outside: the page fetcher behind "Add from URL".
internal static class IntakeComposition
{
    public static IServiceCollection AddNewsTrackerIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ArticlePageOptions>(configuration.GetSection(ArticlePageOptions.Section));

        // The fetcher keeps its own timeout (UrlImport:TimeoutSeconds) for the whole fetch, body included.
        services.AddHttpClient<ArticlePageFetcher>(client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("NewsTracker/1.0 (+article review)");
            })
            .ConfigurePrimaryHttpMessageHandler(provider => ArticlePageFetcher.CreateHandler(provider.GetRequiredService<IOptions<ArticlePageOptions>>().Value));
        return services;
    }
}
