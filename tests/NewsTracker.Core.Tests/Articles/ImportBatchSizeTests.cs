using Microsoft.Extensions.Configuration;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Articles;

// Import:BatchSize: a long import stores larger batches (the CLI's appsettings), anything else keeps the default,
// and a value that is no batch size stops the command with a message naming the key.
public sealed class ImportBatchSizeTests
{
    [Theory]
    [InlineData(null, ArticleImporter.DefaultBatchSize)]
    [InlineData("", ArticleImporter.DefaultBatchSize)]
    [InlineData("1000", 1000)]
    [InlineData(" 1 ", 1)]
    [InlineData("10000", 10_000)]
    public void A_configured_size_is_taken_and_none_keeps_the_default(string? configured, int expected) =>
        ImportBatchSize.From(Configuration(configured)).Should().Be(expected);

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10001")]
    [InlineData("a thousand")]
    [InlineData("2.5")]
    public void A_size_out_of_range_or_not_a_number_is_refused_with_the_key_and_the_range(string configured)
    {
        var read = () => ImportBatchSize.From(Configuration(configured));

        read.Should().Throw<InvalidOperationException>()
            .WithMessage($"Import:BatchSize is \"{configured}\"; it must be a whole number of articles from 1 to 10,000.");
    }

    [Fact]
    public void The_command_line_imports_in_batches_of_a_thousand()
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Seed.RepositoryRoot, "src", "NewsTracker.Cli", "appsettings.json"))
            .Build();

        ImportBatchSize.From(settings).Should().Be(1000);
    }

    private static IConfiguration Configuration(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ImportBatchSize.Key] = value }).Build();
}
