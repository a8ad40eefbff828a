using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NewsTracker.Benchmarks;

// A short job: the point is a stable order of magnitude against the 200 µs budget, in well under a minute per benchmark.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short"))
    .AddColumn(new ArticlesPerSecondColumn())
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
