using System.Text.Json;

namespace NewsTracker.Core.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private static readonly string[] QuoteFields = ["text", "kind", "speaker", "speakerAsWritten", "affiliation", "actors", "topics", "start", "end"];

    // A database file that does not exist: extract must fall back to the reference catalogue and leave it uncreated.
    private readonly string _missingDatabase = Path.Combine(Path.GetTempPath(), $"newstracker-cli-{Guid.NewGuid():N}", "absent.db");

    private string[] Args(params string[] args) => [.. args, "--connection", $"Data Source={_missingDatabase}"];

    public void Dispose()
    {
        if (Directory.Exists(Path.GetDirectoryName(_missingDatabase)))
        {
            Directory.Delete(Path.GetDirectoryName(_missingDatabase)!, recursive: true);
        }
    }

    private static List<JsonElement> Quotes(string json)
    {
        using var document = JsonDocument.Parse(json);
        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("quotes");
        return document.RootElement.GetProperty("quotes").EnumerateArray().Select(q => q.Clone()).ToList();
    }

    [Fact]
    public async Task Extract_json_prints_exactly_the_documented_shape()
    {
        var result = await CliRun.RunAsync(Args("extract", "--json", CliRun.SeedArticle));

        result.ExitCode.Should().Be(0, result.Error);
        var quotes = Quotes(result.Output);
        quotes.Should().NotBeEmpty();
        foreach (var quote in quotes)
        {
            quote.EnumerateObject().Select(p => p.Name).Should().Equal(QuoteFields);
            quote.GetProperty("text").ValueKind.Should().Be(JsonValueKind.String);
            quote.GetProperty("kind").GetString().Should().BeOneOf("direct", "indirect");
            quote.GetProperty("speaker").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
            quote.GetProperty("speakerAsWritten").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
            quote.GetProperty("affiliation").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
            quote.GetProperty("actors").EnumerateArray().Should().OnlyContain(a => a.ValueKind == JsonValueKind.String);
            quote.GetProperty("topics").EnumerateArray().Should().OnlyContain(t => t.ValueKind == JsonValueKind.String);
            quote.GetProperty("start").GetInt32().Should().BeGreaterThanOrEqualTo(0);
            quote.GetProperty("end").GetInt32().Should().BeGreaterThan(quote.GetProperty("start").GetInt32());
        }
    }

    [Fact]
    public async Task Extract_json_gives_the_seed_article_quotes_and_speakers()
    {
        var result = await CliRun.RunAsync(Args("extract", "--json", CliRun.SeedArticle));

        var quotes = Quotes(result.Output);
        var troops = quotes.Where(q => q.GetProperty("text").GetString()!.Contains("We have no plans to deploy NATO combat troops to Ukraine", StringComparison.Ordinal)).ToList();
        troops.Should().ContainSingle();
        troops[0].GetProperty("kind").GetString().Should().Be("direct");
        troops[0].GetProperty("speaker").GetString().Should().Be("Jens Stoltenberg");
        troops[0].GetProperty("affiliation").GetString().Should().Be("NATO");

        var door = quotes.Should().ContainSingle(q => q.GetProperty("text").GetString()!.Contains("NATO's door is open", StringComparison.Ordinal)).Subject;
        door.GetProperty("speaker").GetString().Should().Contain("Blinken");

        quotes.Should().NotContain(q => q.GetProperty("text").GetString()!.Contains("Advertisement", StringComparison.OrdinalIgnoreCase));
        quotes.Should().NotContain(q => q.GetProperty("text").GetString()!.Contains("Also read", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Extract_reads_standard_input_for_a_dash()
    {
        var result = await CliRun.RunAsync(Args("extract", "--json", "-"), await File.ReadAllTextAsync(CliRun.SeedArticle));

        result.ExitCode.Should().Be(0, result.Error);
        Quotes(result.Output).Should().ContainSingle(q =>
            q.GetProperty("text").GetString()!.Contains("We have no plans to deploy NATO combat troops to Ukraine", StringComparison.Ordinal)
            && q.GetProperty("speaker").GetString() == "Jens Stoltenberg");
    }

    [Fact]
    public async Task Extract_without_json_prints_a_table_of_quotes()
    {
        var result = await CliRun.RunAsync(Args("extract", CliRun.SeedArticle));

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("Jens Stoltenberg").And.Contain("troop deployment").And.NotContain("Advertisement");
    }

    [Fact]
    public async Task Extract_of_a_missing_file_says_so_on_stderr_and_exits_2()
    {
        var result = await CliRun.RunAsync(Args("extract", "--json", Path.Combine(Path.GetTempPath(), "no-such-article.txt")));

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain("No such file").And.NotContain("Exception").And.NotContain("   at ");
    }

    [Fact]
    public async Task Extract_never_creates_the_configured_database()
    {
        await CliRun.RunAsync(Args("extract", "--json", CliRun.SeedArticle));

        File.Exists(_missingDatabase).Should().BeFalse();
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var result = await CliRun.RunAsync(["frobnicate"]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("frobnicate");
    }
}
