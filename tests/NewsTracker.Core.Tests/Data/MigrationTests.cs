using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().BeEquivalentTo(db.Database.GetMigrations());
    }

    [Fact]
    public async Task Migrations_create_every_table_and_the_quote_search_index()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        var tables = await db.Database
            .SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'")
            .ToListAsync();
        tables.Should().Contain(["Articles", "Actors", "ActorAliases", "Quotes", "Statements", "StatementShingles", "PositionChanges", "Topics", "QuoteSearch"]);
    }

    [Fact]
    public async Task Model_has_no_changes_missing_from_the_migrations()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        await using var db = database.CreateContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a migration");
    }
}
