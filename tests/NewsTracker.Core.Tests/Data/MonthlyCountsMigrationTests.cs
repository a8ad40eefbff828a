using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsTracker.Core.Tests.Archive;
using NewsTracker.Core.Tests.Attention;
using NewsTracker.Core.Tests.Infrastructure;

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
}
