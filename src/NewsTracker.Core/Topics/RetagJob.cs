using NewsTracker.Core.Jobs;

namespace NewsTracker.Core.Topics;

// Re-tagging the whole archive, as a background job: queued when a topic's rules change and by the
// topic page's "Re-tag existing quotes" button.
public sealed class RetagJob(QuoteRetagger retagger) : IBackgroundJob
{
    public async Task<string> RunAsync(IProgress<JobProgress> progress, CancellationToken ct) =>
        Describe(await retagger.RetagAsync(progress, ct));

    public static string Describe(RetagResult result) =>
        $"{Count(result.QuotesChanged, "quote", "quotes")} changed topics across {Count(result.Articles, "article", "articles")}.";

    private static string Count(int count, string singular, string plural) => $"{count} {(count == 1 ? singular : plural)}";
}
