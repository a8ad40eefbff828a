using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsTracker.Core.Tests.Archive;
using NewsTracker.Core.Tests.Attention;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Testing.Engines;

namespace NewsTracker.Core.Tests.Data;

// An archive stored before the monthly counts existed gets them from its migration, on each engine.
public sealed class MonthlyCountsMigrationTests : DatabaseTest
{
    [Fact]
    public async Task The_migration_counts_the_quotes_an_archive_already_holds()
    {
        await using var db = Database.CreateContext();
        await AttentionData.AddAsync(db);
        var migrations = db.Database.GetMigrations().ToList();
        var monthly = migrations.FindIndex(m => m.EndsWith("_MonthlyCounts", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();

        // Back to before the table (its rows go with it), then forward again to today's schema: the back-fill alone
        // fills it (no later migration writes monthly counts).
        await migrator.MigrateAsync(migrations[monthly - 1]);
        await migrator.MigrateAsync();

        var stored = await ArchiveIntegrity.StoredMonthlyCountsAsync(db);
        stored.Should().Contain(line => line.StartsWith("Speaker ", StringComparison.Ordinal) && line.Contains(" 0001-01 ", StringComparison.Ordinal),
            "the undated quote is counted under the undated month");
        stored.Should().BeEquivalentTo(await ArchiveIntegrity.CountedMonthlyCountsAsync(db));
    }
    // A chart reads one key range of a subject's months. On PostgreSQL the key's index carries the counts, so the
    // range is read from the index alone, not from a heap page per row the imports scattered; SQLite finds the range
    // by its key too.
    [Fact]
    public async Task A_charts_months_are_found_by_the_key_and_on_postgres_read_from_it_alone()
    {
        await using var db = Database.CreateContext();
        if (Engine == TestEngine.Postgres)
        {
            var carried = await db.Database.SqlQuery<string>($"""
                SELECT a.attname AS "Value"
                FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                WHERE i.indexrelid = '"PK_MonthlyCounts"'::regclass AND k.n > i.indnkeyatts
                """).ToListAsync();
            carried.Should().BeEquivalentTo(["Direct", "Reported", "Untagged"]);
            return;
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = """
            EXPLAIN QUERY PLAN SELECT Direct, Reported, Untagged FROM MonthlyCounts
            WHERE Kind = 1 AND FacetId = 7 AND MonthUtc >= 2458850 AND MonthUtc < 2459216
            """;
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(reader.GetOrdinal("detail")));
            }
        }

        plan.Should().ContainSingle().Which.Should().StartWith("SEARCH MonthlyCounts USING").And.Contain("Kind=? AND FacetId=? AND MonthUtc>? AND MonthUtc<?");
    }
}
