using BenchmarkDotNet.Attributes;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Testing;

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
            "2 MB prose" => HostileInput.Prose(2_000_000),
            "10,000 unmatched marks" => HostileInput.UnmatchedMarks(),
            "1 MB without spaces" => HostileInput.NoSpaces(),
            "1 MB binary junk" => HostileInput.Junk(1_000_000),
            _ => HostileInput.RightToLeft(),
        };
    }

    [Benchmark(Description = "Extract hostile input")]
    public int Extract() => _extractor.Extract(_body, _catalogue).Quotes.Count;
}
