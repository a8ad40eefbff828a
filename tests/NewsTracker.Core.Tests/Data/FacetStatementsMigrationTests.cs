using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Attention;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Data;

// An archive stored before the filter rows carried their quote's statement, kind and whether the statement was reported
// again gets them from the migrations, on each engine, and its one-per-statement lists count a reprinted statement once.
public sealed class FacetStatementsMigrationTests : DatabaseTest
{
    [Fact]
    public async Task The_migration_gives_every_stored_filter_row_its_quotes_statement()
    {
        await using var db = Database.CreateContext();
        await AttentionData.AddAsync(db);
        var door = await db.Quotes.Where(q => q.Text == "The door to membership stays open.").OrderBy(q => q.Id).Select(q => new { q.Id, q.StatementId }).ToListAsync();
        var migrations = db.Database.GetMigrations().ToList();
        var added = migrations.FindIndex(m => m.EndsWith("_FacetStatements", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[added - 1]);

        // In the old schema, the second report joins the first's statement, as the importer would have stored it.
        await db.Database.ExecuteSqlAsync($"""UPDATE "Quotes" SET "StatementId" = {door[0].StatementId} WHERE "Id" = {door[1].Id}""");
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "Statements" WHERE "Id" = {door[1].StatementId}""");
        await db.Database.ExecuteSqlAsync($"""UPDATE "Statements" SET "ArticleCount" = 2 WHERE "Id" = {door[0].StatementId}""");
        await migrator.MigrateAsync();
        db.ChangeTracker.Clear();

        (await db.QuoteFacets.CountAsync(f => f.StatementId != db.Quotes.Where(q => q.Id == f.QuoteId).Select(q => q.StatementId).First()))
            .Should().Be(0, "each row holds its own quote's statement");
        var kinds = await db.Quotes.AsNoTracking().ToDictionaryAsync(q => q.Id, q => q.Kind);
        kinds.Values.Should().Contain(QuoteKind.Indirect, "the archive holds reported speech for the kind to be filled from");
        (await db.QuoteFacets.AsNoTracking().ToListAsync()).Where(f => f.QuoteKind != kinds[f.QuoteId])
            .Should().BeEmpty("each row holds its own quote's kind (FacetQuoteKind)");
        (await db.QuoteFacets.Where(f => f.Repeated).Select(f => f.QuoteId).Distinct().OrderBy(id => id).ToListAsync())
            .Should().Equal(door.Select(d => d.Id), "only the rows of the statement reported twice say so (FacetRepeatedStatements)");
        var listed = await InScopeAsync<QuoteService, List<int>>(async quotes =>
            (await quotes.SearchAsync(new QuoteFilter(Speaker: AttentionData.Stoltenberg, OnePerStatement: true), default)).Items.Select(q => q.Id).ToList());
        listed.Should().HaveCount(5, "six quotes, two of them reports of one statement").And.Contain(door[1].Id).And.NotContain(door[0].Id);
    }
}
