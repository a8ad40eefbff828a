using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Data;

// Statements stored while the key was the SHA-256 in hex become the 64-bit key of the same words, on each engine,
// so a new report of an old statement still joins it; and the way back down keeps the key.
public sealed class StatementKeyMigrationTests : DatabaseTest
{
    private const string Said = "\u201CWe will keep the harbour open to every ship,\u201D Harbour Master Tomas Brandt said on Monday.";
    private const string SaidAgain = "Harbour Master Tomas Brandt said on Tuesday: \u201CWe will keep the harbour open to every ship.\u201D";

    [Fact]
    public async Task Stored_hex_fingerprints_become_the_key_and_a_new_report_joins_its_old_statement()
    {
        (await AddAsync(new NewArticle("Harbour stays open", Said))).Status.Should().Be(AddArticleStatus.Added);
        await using (var db = Database.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var added = migrations.FindIndex(m => m.EndsWith("_StatementKey", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[added - 1]);

            // What the importer stored before: the SHA-256 of the normalised words, in hex.
            var texts = await db.Database.SqlQueryRaw<string>("""SELECT "Text" AS "Value" FROM "Statements" """).ToListAsync();
            texts.Should().NotBeEmpty();
            foreach (var text in texts)
            {
                var hex = TextFingerprint.Sha256(string.Join(' ', TextFingerprint.Words(text)));
                await db.Database.ExecuteSqlAsync($"""UPDATE "Statements" SET "Fingerprint" = {hex} WHERE "Text" = {text}""");
            }

            await db.Database.MigrateAsync();
        }

        await using (var db = Database.CreateContext())
        {
            var stored = await db.Statements.AsNoTracking().Select(s => new { s.Text, s.Fingerprint }).ToListAsync();
            stored.Should().OnlyContain(s => s.Fingerprint == TextFingerprint.Key(TextFingerprint.Words(s.Text)));
        }

        (await AddAsync(new NewArticle("Harbour open again", SaidAgain))).Status.Should().Be(AddArticleStatus.Added);

        await using (var db = Database.CreateContext())
        {
            var statement = await db.Statements.AsNoTracking().SingleAsync(s => s.Text.Contains("harbour open to every ship"));
            statement.ArticleCount.Should().Be(2, "the second report joins the statement stored before the migration");
        }
    }

    [Fact]
    public async Task Migrating_down_writes_the_key_in_hex_and_up_again_reads_back_the_same_key()
    {
        await AddAsync(new NewArticle("Harbour stays open", Said));
        await AddAsync(new NewArticle("Quays", "\u201CThe quays will be rebuilt by spring,\u201D Ada Quist said."));
        await using var db = Database.CreateContext();
        var ids = await db.Statements.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        ids.Should().HaveCount(2);

        // Keys with the top bit set and clear: the hex must be the key's two's complement either way.
        long[] keys = [unchecked((long)0xa1fce4363854ff88), 0x0e9f64031fcb2bc7];
        for (var i = 0; i < 2; i++)
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Statements" SET "Fingerprint" = {keys[i]} WHERE "Id" = {ids[i]}""");
        }

        var migrations = db.Database.GetMigrations().ToList();
        var added = migrations.FindIndex(m => m.EndsWith("_StatementKey", StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(migrations[added - 1]);
        (await db.Database.SqlQueryRaw<string>("""SELECT "Fingerprint" AS "Value" FROM "Statements" ORDER BY "Id" """).ToListAsync())
            .Select(hex => hex.TrimEnd()).Should().Equal("a1fce4363854ff88", "0e9f64031fcb2bc7");

        await db.Database.MigrateAsync();
        (await db.Statements.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Fingerprint).ToListAsync()).Should().Equal(keys);
    }

    private Task<AddArticleResult> AddAsync(NewArticle article) =>
        InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(article, default));
}
