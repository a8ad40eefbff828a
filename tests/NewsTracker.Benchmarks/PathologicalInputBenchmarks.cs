using System.Text;
using BenchmarkDotNet.Attributes;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Benchmarks;

// Issue 3 asks that hostile input finishes "in well under a second" and that extraction stays linear;
// the robustness tests only guard against a collapse, these give the actual times.
[MemoryDiagnoser]
public class PathologicalInputBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private CompiledCatalogue _catalogue = null!;
    private string _body = string.Empty;

    [Params("2 MB prose", "10,000 unmatched marks", "1 MB without spaces", "1 MB binary junk", "500 KB right-to-left")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CompiledCatalogue.Compile(ReferenceData.Catalogue);
        _body = Input switch
        {
            "2 MB prose" => Repeat("“We will not retreat,” the minister said. The U.S. said that talks would resume. ", 2_000_000),
            "10,000 unmatched marks" => string.Concat(Enumerable.Repeat("“word ", 10_000)),
            "1 MB without spaces" => new string('a', 500_000) + "“" + new string('b', 500_000),
            "1 MB binary junk" => Junk(1_000_000),
            _ => Repeat("قال الوزير إن «المحادثات ستستأنف» الأسبوع المقبل. אמר השר כי \"השיחות יימשכו\". ", 500_000),
        };
    }

    [Benchmark(Description = "Extract hostile input")]
    public int Extract() => _extractor.Extract(_body, _catalogue).Quotes.Count;

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string Junk(int length)
    {
        var random = new Random(20261127);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(0, 0xFFFF);
        }

        return new string(chars);
    }
}
