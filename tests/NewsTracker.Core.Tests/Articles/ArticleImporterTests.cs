using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Articles;

public sealed class ArticleImporterTests : DatabaseTest, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newstracker-import-");

    [Fact]
    public async Task Importing_the_seeds_folder_adds_the_seed_article_and_its_quotes()
    {
        var report = await ImportAsync(Seed.SeedsFolder);

        report.ArticlesAdded.Should().Be(1);
        report.QuotesAdded.Should().BePositive();
        report.Failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Importing_the_same_folder_twice_counts_duplicates_and_adds_nothing()
    {
        await ImportAsync(Seed.SeedsFolder);

        var again = await ImportAsync(Seed.SeedsFolder);

        again.ArticlesAdded.Should().Be(0);
        again.Duplicates.Should().Be(1);
        await using var db = Database.CreateContext();
        (await db.Articles.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task A_bad_file_is_reported_and_the_others_still_import()
    {
        Write("a-broken.json", "{ not json");
        Write("b-empty.txt", "Title only");
        Write("c-good.md", "---\ntitle: Talks resume\n---\n\u201CWe are ready,\u201D Lavrov said.");
        Write("notes.html", "<p>ignored</p>");
        Write("README.md", "# About this folder\n\nArticles for the import test.");

        var report = await ImportAsync(_folder.FullName);

        report.FilesRead.Should().Be(3);
        report.ArticlesAdded.Should().Be(1);
        report.Failures.Select(f => Path.GetFileName(f.Path)).Should().BeEquivalentTo(["a-broken.json", "b-empty.txt"]);
    }

    [Fact]
    public async Task A_missing_path_is_reported_as_a_failure()
    {
        var report = await ImportAsync(Path.Combine(_folder.FullName, "missing"));

        report.Failures.Should().ContainSingle().Which.Reason.Should().Contain("No such file");
    }

    [Fact]
    public async Task Importing_a_folder_reports_each_article_with_its_title_id_and_quote_count()
    {
        var report = await ImportAsync(Seed.SeedsFolder);

        var outcome = report.Outcomes.Should().ContainSingle().Subject;
        outcome.Source.Should().EndWith(Seed.StoltenbergFileName);
        outcome.Title.Should().Be(Seed.StoltenbergArticle.Title);
        outcome.Status.Should().Be(AddArticleStatus.Added);
        outcome.QuoteCount.Should().Be(report.QuotesAdded);
        await using var db = Database.CreateContext();
        (await db.Quotes.CountAsync(q => q.ArticleId == outcome.ArticleId)).Should().Be(outcome.QuoteCount);
    }

    [Fact]
    public async Task Named_sources_are_imported_with_an_outcome_for_every_article()
    {
        var json = """
            [
              { "title": "Talks resume in Geneva", "body": "\u201CWe are ready to talk again,\u201D Sergei Lavrov said on Monday." },
              { "title": "Kyiv asks for air defence", "body": "\u201CWe need more air defence before the winter,\u201D Volodymyr Zelensky said." }
            ]
            """;

        var report = await ImportAsync(
            Source("pair.json", json),
            Source("scholz.md", "---\ntitle: Scholz on gas\n---\n\u201CWe need more gas from Norway,\u201D Olaf Scholz said on Monday."));

        report.FilesRead.Should().Be(2);
        report.ArticlesAdded.Should().Be(3);
        report.Outcomes.Select(o => (o.Source, o.Title, o.Status)).Should().Equal(
            ("pair.json", "Talks resume in Geneva", AddArticleStatus.Added),
            ("pair.json", "Kyiv asks for air defence", AddArticleStatus.Added),
            ("scholz.md", "Scholz on gas", AddArticleStatus.Added));
        report.Outcomes.Should().OnlyContain(o => o.ArticleId > 0 && o.QuoteCount == 1 && o.Errors.Count == 0);
        report.QuotesAdded.Should().Be(3);
    }

    [Fact]
    public async Task A_duplicate_source_names_the_article_it_repeats()
    {
        var first = await ImportAsync(Source("seed.txt", Seed.StoltenbergText));

        var again = await ImportAsync(Source("seed-again.txt", Seed.StoltenbergText));

        var outcome = again.Outcomes.Should().ContainSingle().Subject;
        outcome.Status.Should().Be(AddArticleStatus.Duplicate);
        outcome.ArticleId.Should().BeNull();
        outcome.DuplicateOfId.Should().Be(first.Outcomes.Single().ArticleId);
        outcome.DuplicateReason.Should().Be("the same text");
        again.Duplicates.Should().Be(1);
    }

    [Fact]
    public async Task A_source_over_the_size_limit_is_refused_without_being_read()
    {
        var oversized = new ImportSource("huge.txt", _ => throw new InvalidOperationException("must not be read"), ArticleFileReader.MaxFileBytes + 1);

        var report = await ImportAsync(oversized, Source("ok.txt", "Talks resume\n\u201CWe are ready to talk again,\u201D Sergei Lavrov said."));

        report.ArticlesAdded.Should().Be(1);
        var failed = report.Outcomes.Should().ContainSingle(o => o.Status == AddArticleStatus.Invalid).Subject;
        failed.Source.Should().Be("huge.txt");
        failed.Title.Should().BeNull();
        failed.Errors.Should().ContainSingle().Which.Should().Contain("larger than 5 MB");
        report.Failures.Should().ContainSingle().Which.Path.Should().Be("huge.txt");
    }

    [Fact]
    public async Task A_source_that_turns_out_larger_than_it_said_is_refused()
    {
        var report = await ImportAsync(Source("liar.txt", "Title\n" + new string('x', (int)ArticleFileReader.MaxFileBytes + 1), length: 10));

        report.Outcomes.Should().ContainSingle().Which.Errors.Should().ContainSingle().Which.Should().Contain("larger than");
    }

    [Fact]
    public async Task Sources_that_cannot_be_read_or_hold_no_article_are_failures_and_the_rest_import()
    {
        var unreadable = new ImportSource("gone.txt", _ => throw new IOException("The upload was cut off."), 100);

        var report = await ImportAsync(
            unreadable,
            Source("empty.json", "[]"),
            Source("broken.json", "{ \"title\": "),
            Source("good.txt", "Talks resume\n\u201CWe are ready to talk again,\u201D Sergei Lavrov said."));

        report.ArticlesAdded.Should().Be(1);
        var failed = report.Outcomes.Where(o => o.Status == AddArticleStatus.Invalid).ToList();
        failed.Select(o => o.Source).Should().Equal("gone.txt", "empty.json", "broken.json");
        failed[0].Errors.Should().Equal("The file could not be read (it may have been moved, or the upload was cut off).");
        failed[1].Errors.Should().Equal("The file holds no article.");
        failed[2].Errors.Should().Equal("The file is not valid JSON near line 1.");
        report.Failures.Select(f => f.Path).Should().Equal("gone.txt", "empty.json", "broken.json");
    }

    [Fact]
    public async Task An_invalid_article_in_a_source_is_reported_with_its_errors()
    {
        var report = await ImportAsync(Source("title-only.txt", "Title only"));

        var outcome = report.Outcomes.Should().ContainSingle().Subject;
        outcome.Status.Should().Be(AddArticleStatus.Invalid);
        outcome.Title.Should().Be("Title only");
        outcome.Errors.Should().Contain("The article body is required.");
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static ImportSource Source(string name, string content, long? length = null) =>
        new(name, _ => Task.FromResult(content), length ?? content.Length);

    private Task<ImportReport> ImportAsync(params ImportSource[] sources) =>
        InScopeAsync<ArticleImporter, ImportReport>(i => i.ImportAsync(sources, null, default));

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder.FullName, name), content);

    private Task<ImportReport> ImportAsync(string path) =>
        InScopeAsync<ArticleImporter, ImportReport>(i => i.ImportAsync([path], null, default));
}
