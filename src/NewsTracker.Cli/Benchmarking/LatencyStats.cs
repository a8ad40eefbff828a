namespace NewsTracker.Cli.Benchmarking;

// Percentiles by the nearest-rank method: the p-th percentile of n sorted samples is the one at rank
// ceil(p/100 * n), so p50 of 30 samples is the 15th and p95 the 29th; every reported value was measured.
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}

// Round-trip times of one kind of request, in milliseconds; errors are requests that failed or were not 2xx.
internal sealed record LatencyStats(int Requests, int Errors, double P50, double P95, double Max)
{
    public static LatencyStats From(List<double> milliseconds, int errors)
    {
        milliseconds.Sort();
        return new LatencyStats(
            milliseconds.Count,
            errors,
            Math.Round(Percentiles.Of(milliseconds, 50), 2),
            Math.Round(Percentiles.Of(milliseconds, 95), 2),
            Math.Round(milliseconds.Count == 0 ? 0 : milliseconds[^1], 2));
    }
}
