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

    public void Dispose() => _folder.Delete(recursive: true);

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder.FullName, name), content);

    private Task<ImportReport> ImportAsync(string path) =>
        InScopeAsync<ArticleImporter, ImportReport>(i => i.ImportAsync([path], null, default));
}
