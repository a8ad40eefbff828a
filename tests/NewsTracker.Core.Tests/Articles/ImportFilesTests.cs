using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Imports;
using NewsTracker.Core.Tests.Archive;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Articles;

// Files as they arrive (bytes, zips, odd encodings): each one added, a duplicate, refused with a reason, or added with warnings.
public sealed class ImportFilesTests : DatabaseTest
{
    [Fact]
    public async Task Each_file_of_a_mixed_upload_gets_its_own_outcome()
    {
        var report = await ImportAsync(
            Bytes("good.txt", Utf8(Article("good"))),
            Bytes("utf16.txt", new UnicodeEncoding(false, false).GetBytes(Article("utf16"))),
            Bytes("junk.txt", Junk()),
            Bytes("warned.txt", Utf8("Date: not a date\n\n" + Article("warned"))),
            Bytes("photo.jpg", [0xFF, 0xD8, 0xFF]),
            Bytes("again.txt", Utf8(Article("good"))));

        var outcomes = report.Outcomes.ToDictionary(o => o.Source);
        outcomes["good.txt"].Status.Should().Be(AddArticleStatus.Added);
        outcomes["utf16.txt"].Status.Should().Be(AddArticleStatus.Added);
        outcomes["junk.txt"].Errors.Should().ContainSingle().Which.Should().Contain("binary data");
        outcomes["warned.txt"].Should().Match<ImportOutcome>(o => o.Status == AddArticleStatus.Added && o.Warnings.Count == 1);
        outcomes["photo.jpg"].Errors.Should().Equal("“photo.jpg” is not a .txt, .md, .json or .zip file.");
        outcomes["again.txt"].Status.Should().Be(AddArticleStatus.Duplicate);
        await using var db = Database.CreateContext();
        (await db.Articles.SingleAsync(a => a.Title.Contains("(utf16)"))).CleanBody.Should().Contain("Sergei Lavrov");
        await ArchiveIntegrity.ShouldHoldAsync(db);
    }

    [Fact]
    public async Task A_zip_of_article_files_imports_each_file_and_refuses_what_is_not_an_article()
    {
        var zip = Zip(("a.txt", Utf8(Article("zip-a"))), ("folder/b.md", Utf8("---\ntitle: Zip B\ndate: 2022-02-01\n---\n" + Body("zip-b"))),
            ("notes.docx", [1, 2, 3]), ("__MACOSX/._a.txt", [0]));

        var report = await ImportAsync(Bytes("batch.zip", zip));

        report.Outcomes.Select(o => (o.Source, o.Status)).Should().Equal(
            ("batch.zip/a.txt", AddArticleStatus.Added),
            ("batch.zip/folder/b.md", AddArticleStatus.Added),
            ("batch.zip/notes.docx", AddArticleStatus.Invalid));
    }

    [Fact]
    public async Task A_corrupt_zip_is_refused_with_a_message()
    {
        var report = await ImportAsync(Bytes("broken.zip", Utf8("PK this is not really a zip")));

        report.Outcomes.Should().ContainSingle().Which.Errors.Should().Equal("The zip file is damaged or is not a zip file.");
    }

    [Fact]
    public async Task A_zip_entry_that_unzips_past_the_limit_is_refused_without_being_read_whole()
    {
        // 6 MB of one letter compresses to a few KB: its header could claim anything, so the limit is counted while reading.
        var zip = Zip(("bomb.txt", Utf8("Title\n\n" + new string('a', (int)ArticleZip.MaxEntryBytes + 1024))), ("small.txt", Utf8(Article("small"))));

        var report = await ImportAsync(Bytes("bomb.zip", zip));

        zip.Length.Should().BeLessThan(100_000);
        report.Outcomes.Single(o => o.Source == "bomb.zip/bomb.txt").Errors.Should().ContainSingle().Which.Should().Contain("larger than 5 MB once unzipped");
        report.Outcomes.Single(o => o.Source == "bomb.zip/small.txt").Status.Should().Be(AddArticleStatus.Added);
    }

    [Fact]
    public void A_zip_with_too_many_entries_is_refused_whole()
    {
        var zip = Zip(Enumerable.Range(0, ArticleZip.MaxEntries + 1).Select(i => ($"{i}.txt", new byte[] { 65 })).ToArray());

        ArticleZip.Read("many.zip", zip).Error.Should().Be($"The zip holds {ArticleZip.MaxEntries + 1:N0} files; import at most {ArticleZip.MaxEntries:N0} at a time.");
    }

    [Fact]
    public async Task An_import_is_stored_as_a_report_with_a_line_per_article_and_an_audit_entry_per_added_one()
    {
        var editor = new Editor("user-1", "editor@newsroom.test");
        var id = await InScopeAsync<ImportService, int>(s => s.ImportAsync(
            [Bytes("good.txt", Utf8(Article("stored"))), Bytes("warned.txt", Utf8("Date: soon\n\n" + Article("stored-warned"))), Bytes("junk.txt", Junk())],
            editor, default));

        var report = await InScopeAsync<ImportService, ImportReportView?>(s => s.GetAsync(id, 1, default));

        report!.Should().Match<ImportReportView>(r => r.Files == 3 && r.Added == 2 && r.AddedWithWarnings == 1 && r.Refused == 1 && r.User == editor.Label);
        report.Lines.Items.Select(l => (l.Source, l.Outcome)).Should().Equal(
            ("good.txt", ImportLineOutcome.Added), ("warned.txt", ImportLineOutcome.AddedWithWarnings), ("junk.txt", ImportLineOutcome.Refused));
        report.Lines.Items[1].Messages.Should().ContainSingle().Which.Should().Contain("“soon” could not be read");
        report.Lines.Items[0].ArticleId.Should().BePositive();
        await using var db = Database.CreateContext();
        (await db.AuditEntries.CountAsync(e => e.Action == "imported" && e.UserId == "user-1")).Should().Be(2);
    }

    [Fact]
    public async Task An_upload_that_stops_half_way_leaves_a_report_of_exactly_what_was_stored()
    {
        var editor = new Editor("user-2", "editor@newsroom.test");
        ImportSource Failing() => ImportSource.FromBytes("cut.txt", _ => throw new InvalidOperationException("the upload stream broke"), 10);
        await using (var scope = Database.CreateScope())
        {
            // One article per batch, so the first two are committed before the third file fails.
            scope.ServiceProvider.GetRequiredService<ArticleImporter>().BatchSize = 1;
            var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
            var run = () => imports.ImportAsync([Bytes("one.txt", Utf8(Article("half-1"))), Bytes("two.txt", Utf8(Article("half-2"))), Failing()], editor, default);
            await run.Should().ThrowAsync<InvalidOperationException>();
        }

        await using var db = Database.CreateContext();
        var record = await db.Imports.Include(i => i.Lines).SingleAsync(i => i.UserId == "user-2");
        var stored = await db.Articles.Where(a => a.Title.Contains("(half-")).Select(a => a.Id).ToListAsync();
        record.Added.Should().Be(stored.Count).And.BeGreaterThan(0);
        record.Lines.Select(l => l.ArticleId).Should().BeEquivalentTo(stored.Cast<int?>());
        (await db.AuditEntries.Where(e => e.Action == "imported" && e.UserId == "user-2").Select(e => e.EntityId).ToListAsync())
            .Should().BeEquivalentTo(stored.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task An_import_report_that_does_not_exist_is_null()
    {
        (await InScopeAsync<ImportService, ImportReportView?>(s => s.GetAsync(999, 1, default))).Should().BeNull();
    }

    [Fact]
    public async Task An_undated_article_is_stored_undated_and_its_statement_takes_a_later_dated_report()
    {
        await ImportAsync(Bytes("undated.txt", Utf8(Article("undated-first"))));
        await ImportAsync(Bytes("dated.txt", Utf8("Date: 2022-02-02\n\nReprint (undated-first)\n\nA wire reprint.\n\n" + Body("undated-first"))));

        await using var db = Database.CreateContext();
        var undated = await db.Articles.SingleAsync(a => a.Title == "Geneva talks (undated-first)");
        undated.ReportedUtc.Should().Be(ReportedDate.Undated);
        var statements = await db.Quotes.Where(q => q.ArticleId == undated.Id).Select(q => q.Statement.FirstReportedUtc).ToListAsync();
        statements.Should().NotBeEmpty().And.OnlyContain(d => d == new DateTime(2022, 2, 2, 0, 0, 0, DateTimeKind.Utc));
        await ArchiveIntegrity.ShouldHoldAsync(db);
    }

    private static string Body(string marker) =>
        $"“We are ready to talk again about {marker},” Sergei Lavrov said on Monday.\n\nThe talks in Geneva ended without agreement on {marker}.";

    private static string Article(string marker) => $"Geneva talks ({marker})\n\n{Body(marker)}";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Junk()
    {
        var junk = new byte[4096];
        new Random(3).NextBytes(junk);
        return junk;
    }

    private static ImportSource Bytes(string name, byte[] bytes) => ImportSource.FromBytes(name, _ => Task.FromResult(bytes), bytes.Length);

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private Task<ImportReport> ImportAsync(params ImportSource[] sources) =>
        InScopeAsync<ArticleImporter, ImportReport>(i => i.ImportAsync(sources, null, default));
}
