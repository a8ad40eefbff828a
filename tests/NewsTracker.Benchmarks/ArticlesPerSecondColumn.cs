using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsTracker.Benchmarks;

// Mean is already per article (OperationsPerInvoke), so its inverse is the single-thread throughput.
public sealed class ArticlesPerSecondColumn : IColumn
{
    public string Id => nameof(ArticlesPerSecondColumn);

    public string ColumnName => "Per second";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Operations (articles) per second on one thread: 1 s / Mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (1e9 / mean.Value).ToString("N0", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
