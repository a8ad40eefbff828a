using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newstracker-generate-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_same_seed_writes_the_same_bytes()
    {
        var first = await GenerateAsync(1500, seed: 7, "first");
        var second = await GenerateAsync(1500, seed: 7, "second");

        first.Select(Path.GetFileName).Should().Equal(second.Select(Path.GetFileName));
        for (var i = 0; i < first.Count; i++)
        {
            (await File.ReadAllBytesAsync(second[i])).Should().Equal(await File.ReadAllBytesAsync(first[i]), Path.GetFileName(first[i]));
        }
    }

    [Fact]
    public async Task Different_seeds_write_different_archives()
    {
        var one = await GenerateAsync(200, seed: 1, "one");
        var two = await GenerateAsync(200, seed: 2, "two");

        (await File.ReadAllBytesAsync(two[0])).Should().NotEqual(await File.ReadAllBytesAsync(one[0]));
        var bodiesOne = Read(one).Select(a => a.Body).ToList();
        Read(two).Select(a => a.Body).Intersect(bodiesOne).Should().BeEmpty();
    }

    [Fact]
    public async Task Articles_are_written_a_thousand_to_a_file_with_unique_urls_and_dates_from_2019_to_2026()
    {
        var files = await GenerateAsync(2500, seed: 1, "archive");

        files.Select(Path.GetFileName).Should().Equal("archive-00001.json", "archive-00002.json", "archive-00003.json");
        files.Select(f => ArticleFileReader.Parse(f, File.ReadAllText(f)).Count).Should().Equal(1000, 1000, 500);
        var articles = Read(files);
        articles.Select(a => a.Url).Should().OnlyHaveUniqueItems().And.OnlyContain(u => ArticleRules.NormalizeUrl(u) != null);
        articles.Should().OnlyContain(a => a.PublishedUtc >= new DateTime(2019, 1, 1) && a.PublishedUtc < new DateTime(2027, 1, 1));
        articles.Should().OnlyContain(a => ArticleRules.Validate(a).Count == 0);
        articles.Select(a => a.Outlet).Distinct().Should().HaveCountGreaterThanOrEqualTo(15);
        articles.GroupBy(a => a.Outlet).Max(g => g.Count()).Should().BeLessThan(articles.Count / 10);
    }

    [Fact]
    public async Task Bodies_run_from_two_and_a_half_to_five_thousand_characters_and_lose_their_furniture_to_the_cleaner()
    {
        var articles = Read(await GenerateAsync(1000, seed: 3, "sizes"));

        articles.Should().OnlyContain(a => a.Body.Length >= 2500 && a.Body.Length <= 5000);
        articles.Average(a => a.Body.Length).Should().BeInRange(3200, 3900);
        var furnished = articles.Where(a => a.Body.Contains("\nAdvertisement\n", StringComparison.Ordinal)
            || a.Body.Contains("\n(Reporting by ", StringComparison.Ordinal) || a.Body.Contains("\n© ", StringComparison.Ordinal)).ToList();
        furnished.Count.Should().BeInRange(articles.Count / 5, articles.Count * 3 / 5);
        furnished.Select(a => ArticleCleaner.Clean(a.Body)).Should().OnlyContain(clean =>
            !clean.Contains("Advertisement", StringComparison.Ordinal) && !clean.Contains("Reporting by", StringComparison.Ordinal)
            && !clean.Contains('©'));
    }

    [Fact]
    public async Task The_extractor_finds_at_least_five_attributed_quotes_an_article_and_every_reference_topic()
    {
        var articles = Read(await GenerateAsync(1200, seed: 5, "extract"));
        var extractor = new QuoteExtractor();
        var catalogue = CompiledCatalogue.Compile(ReferenceData.Catalogue);

        var results = articles.Where((_, i) => i % 8 == 0).Select(a => extractor.Extract(a.Body, catalogue, a.Title)).ToList();

        results.Average(r => r.Quotes.Count(q => q.Speaker is not null)).Should().BeGreaterThanOrEqualTo(5);
        results.Average(r => r.Quotes.Count).Should().BeInRange(6, 11);
        var quotes = results.SelectMany(r => r.Quotes).ToList();
        quotes.Should().Contain(q => q.Kind == QuoteKind.Indirect).And.Contain(q => q.Kind == QuoteKind.Direct);
        quotes.SelectMany(q => q.Topics).Distinct().Should().BeEquivalentTo(ReferenceData.Topics.Select(t => t.Name));
        quotes.Select(q => q.Text).Distinct().Count().Should().BeGreaterThan(quotes.Count * 95 / 100);
        var speakers = quotes.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!.Name).ToList();
        speakers.Count.Should().BeGreaterThan(150);
        speakers.Max(g => g.Count()).Should().BeLessThan(quotes.Count / 20);
    }

    [Fact]
    public async Task Some_articles_repeat_an_earlier_article_and_some_report_an_earlier_statement_again()
    {
        var articles = Read(await GenerateAsync(3000, seed: 11, "repeats"));

        var firstByBody = new Dictionary<string, NewArticle>(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var article in articles)
        {
            if (!firstByBody.TryAdd(article.Body, article))
            {
                duplicates++;
                article.Url.Should().NotBe(firstByBody[article.Body].Url);
            }
        }

        duplicates.Should().BeInRange(10, 60);

        var extractor = new QuoteExtractor();
        var catalogue = CompiledCatalogue.Compile(ReferenceData.Catalogue);
        var seen = new Dictionary<string, string?>(StringComparer.Ordinal);
        var reReporting = 0;
        foreach (var article in firstByBody.Values)
        {
            var texts = extractor.Extract(article.Body, catalogue, article.Title).Quotes
                .Where(q => q.Kind == QuoteKind.Direct && q.Text.Length > 60)
                .Select(q => Regex.Replace(q.Text.ToLowerInvariant(), @"\W+", " ").Trim())
                .ToList();
            if (texts.Any(t => seen.TryGetValue(t, out var outlet) && outlet != article.Outlet))
            {
                reReporting++;
            }

            foreach (var text in texts)
            {
                seen.TryAdd(text, article.Outlet);
            }
        }

        reReporting.Should().BeInRange(30, 300);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10000001")]
    public async Task An_article_count_out_of_range_is_a_usage_error(string count)
    {
        var result = await CliRun.RunAsync(["generate", "--articles", count, "--out", Path.Combine(_folder, "never")]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--articles must be between 1 and 10,000,000");
        Directory.Exists(Path.Combine(_folder, "never")).Should().BeFalse();
    }

    [Fact]
    public async Task A_missing_article_count_or_an_out_path_that_is_a_file_is_a_usage_error()
    {
        var file = Path.Combine(_folder, "taken.json");
        await File.WriteAllTextAsync(file, "[]");

        var missing = await CliRun.RunAsync(["generate", "--out", _folder]);
        var onFile = await CliRun.RunAsync(["generate", "--articles", "10", "--out", file]);

        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("--articles");
        onFile.ExitCode.Should().Be(2);
        onFile.Error.Should().Contain("is a file");
        (await File.ReadAllTextAsync(file)).Should().Be("[]");
    }

    [Fact]
    public async Task Without_out_the_articles_are_imported_into_the_configured_database()
    {
        var database = Path.Combine(_folder, "generated.db");

        var result = await CliRun.RunAsync(["generate", "--articles", "40", "--connection", $"Data Source={database}"]);

        result.ExitCode.Should().Be(0, result.Error);
        var summary = Regex.Match(result.Output, @"Imported (\d+) articles with (\d+) quotes from 1 files; skipped (\d+) duplicates; 0 failures\.");
        summary.Success.Should().BeTrue(result.Output);
        var added = int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture);
        var quotes = int.Parse(summary.Groups[2].Value, CultureInfo.InvariantCulture);
        var duplicates = int.Parse(summary.Groups[3].Value, CultureInfo.InvariantCulture);
        (added + duplicates).Should().Be(40);
        quotes.Should().BeGreaterThanOrEqualTo(5 * added);
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Articles";
        Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture).Should().Be(added);
    }

    private async Task<List<string>> GenerateAsync(int articles, int seed, string name)
    {
        var folder = Path.Combine(_folder, name);
        var result = await CliRun.RunAsync(["generate", "--articles", articles.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", folder]);
        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain($"Wrote {articles} articles");
        return Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
    }

    private static List<NewArticle> Read(IEnumerable<string> files) =>
        files.SelectMany(f => ArticleFileReader.Parse(f, File.ReadAllText(f))).ToList();
}
