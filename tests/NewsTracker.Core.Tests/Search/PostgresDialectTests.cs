using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;
using NewsTracker.Data.Postgres;
using NewsTracker.Testing;
using Npgsql;

namespace NewsTracker.Core.Tests.Search;

// The tsvector search answers as the SQLite one does (SqliteDialectTests): stems, phrases, prefixes, folded
// diacritics, ranks, and the user's words only ever as parameters.
public sealed class PostgresDialectTests : IAsyncLifetime
{
    private const string Hostile = "NATO\" OR 1=1 -- '); DROP TABLE Quotes; --";

    private readonly CommandRecorder _recorder = new();
    private string? _connectionString;

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.SkipReason is null)
        {
            _connectionString = await PostgresTestServer.CreateDatabaseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresTestServer.DropDatabaseAsync(_connectionString);
        }
    }

    [PostgresFact]
    public async Task The_search_words_reach_the_database_only_as_parameters()
    {
        await using var db = CreateContext();

        await new PostgresDialect().MatchingQuoteIds(db, SearchQuery.Parse(Hostile)).ToListAsync();

        var command = _recorder.Commands.Should().ContainSingle().Subject;
        command.Text.Should().Contain("@g0t0w0");
        command.Text.Should().NotContainAny("nato", "NATO", "1=1", "DROP");
        command.Parameters.Should().Contain("'nato':*");
    }

    [PostgresFact]
    public async Task A_search_composed_into_a_larger_query_stays_parameterised()
    {
        await using var db = CreateContext();
        var ids = new PostgresDialect().MatchingQuoteIds(db, SearchQuery.Parse("troops gas"));

        await db.Quotes.Where(q => ids.Contains(q.Id)).Select(q => q.Text).ToListAsync();

        var command = _recorder.Commands.Should().ContainSingle().Subject;
        command.Text.Should().NotContainAny("troops", "gas");
        command.Parameters.Should().Contain(["'troops':*", "'gas':*"]);
    }

    [PostgresFact]
    public async Task Every_search_word_is_required()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "We will send troops.", "Gas prices are rising.", "Troops and gas are both on the agenda.");

        var ids = await new PostgresDialect().MatchingQuoteIds(db, SearchQuery.Parse("troops gas")).ToListAsync();

        ids.Should().Equal(3);
    }

    [PostgresTheory]
    [InlineData("\"door is open\"", new[] { 1 })]
    [InlineData("door open", new[] { 1, 2 })]
    [InlineData("gas OR oil", new[] { 3, 4 })]
    [InlineData("door -closed", new[] { 1 })]
    [InlineData("deploy*", new[] { 5 })]
    [InlineData("-closed door", new[] { 1 })]
    [InlineData("\"open door\"", new int[0])]
    public async Task Phrases_alternatives_exclusions_and_prefixes_match_as_written(string search, int[] expected)
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db,
            "The door is open to talks.",
            "The door is closed, but we are open to ideas.",
            "Gas flows will resume.",
            "Oil exports fell.",
            "Deployments continue in the east.");

        var ids = await new PostgresDialect().MatchingQuoteIds(db, SearchQuery.Parse(search)).ToListAsync();

        ids.Should().BeEquivalentTo(expected);
    }

    [PostgresFact]
    public async Task A_topic_named_by_the_search_adds_the_quotes_tagged_with_it()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "Troop deployment near the border.", "We moved two brigades forward.", "Nothing about it.");
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId") VALUES (3, 7, '2022-01-01 00:00:00Z', 2)""");
        var query = SearchQuery.Parse("troop deployment").WithTopics(text => text == "troop deployment" ? [7] : []);

        var ids = await new PostgresDialect().MatchingQuoteIds(db, query).ToListAsync();

        ids.Should().BeEquivalentTo([1, 2]);
    }

    [PostgresFact]
    public async Task Relevance_ranks_the_quote_that_says_the_word_most_first()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "Energy is one of many subjects on a long agenda for the talks this week.", "Energy, energy, energy: it is all about energy.", "Nothing here.");

        var ranks = await new PostgresDialect().RanksAsync(db, SearchQuery.Parse("energy"), [1, 2, 3], default);

        ranks.Keys.Should().BeEquivalentTo([1, 2], "a quote the words do not match is not ranked");
        ranks[2].Should().BeLessThan(ranks[1]);
    }

    [PostgresTheory]
    [InlineData("deploy", "They will deploy two brigades.")]
    [InlineData("deploy", "The deployment starts in May.")]
    [InlineData("deploy", "Two brigades were deployed.")]
    [InlineData("deployment", "They will deploy two brigades.")]
    [InlineData("sanction", "New sanctions were announced.")]
    [InlineData("negotiate", "Negotiations resume on Monday.")]
    [InlineData("employ", "Unemployment and employment figures.")]
    [InlineData("dependence", "Europe's dépendence on Russian gas.")]
    [InlineData("dépendance", "Europe's dependance on Russian gas.")]
    [InlineData("KREMLIN", "The Kremlin said nothing.")]
    [InlineData("guterres", "António Guterres spoke.")]
    public async Task A_search_word_finds_its_inflected_forms(string word, string text)
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, text);

        var ids = await new PostgresDialect().MatchingQuoteIds(db, SearchQuery.Parse(word)).ToListAsync();

        ids.Should().Equal(1);
    }

    [PostgresFact]
    public async Task A_search_word_does_not_match_an_unrelated_word_sharing_a_few_letters()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "The police were deployed.");

        var ids = await new PostgresDialect().MatchingQuoteIds(db, SearchQuery.Parse("policy")).ToListAsync();

        ids.Should().BeEmpty();
    }

    [PostgresFact]
    public async Task The_speaker_as_written_is_searched_with_the_text_and_edits_follow()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "We are ready.");
        await db.Database.ExecuteSqlRawAsync("""UPDATE "Quotes" SET "SpeakerAsWritten" = 'Sergei Lavrov' WHERE "Id" = 1""");

        (await new PostgresDialect().MatchingQuoteIds(db, SearchQuery.Parse("lavrov")).ToListAsync()).Should().Equal(1);

        await db.Database.ExecuteSqlRawAsync("""UPDATE "Quotes" SET "Text" = 'We are not ready.', "SpeakerAsWritten" = NULL WHERE "Id" = 1""");
        (await new PostgresDialect().MatchingQuoteIds(db, SearchQuery.Parse("lavrov")).ToListAsync()).Should().BeEmpty();
    }

    [PostgresTheory]
    [InlineData(PostgresErrorCodes.SerializationFailure, true)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, true)]
    [InlineData(PostgresErrorCodes.LockNotAvailable, true)]
    [InlineData(PostgresErrorCodes.UniqueViolation, false)]
    public void Busy_means_another_transaction_won_or_a_lock_was_not_granted(string sqlState, bool busy)
    {
        var error = new DbUpdateException("wrapped", new PostgresException("message", "ERROR", "ERROR", sqlState));

        new PostgresDialect().IsBusy(error).Should().Be(busy);
    }

    [PostgresFact]
    public async Task After_a_bulk_import_the_archive_tables_are_vacuumed_and_after_an_upload_not()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "Gas flows through the northern pipeline resumed on Monday.");
        IDatabaseDialect dialect = new PostgresDialect();

        await dialect.AfterImportAsync(db, PostgresDialect.VacuumAfterArticles - 1, CancellationToken.None);
        (await VacuumedAsync(db, "QuoteFacets")).Should().BeFalse("a few articles' pages are left to autovacuum");

        await dialect.AfterImportAsync(db, PostgresDialect.VacuumAfterArticles, CancellationToken.None);

        (await VacuumedAsync(db, "QuoteFacets")).Should().BeTrue();
        (await VacuumedAsync(db, "Quotes")).Should().BeTrue();
    }

    // On a 1,000,000-article archive the VACUUM after the import outlasted the 30-second command timeout and failed an
    // import whose articles were all stored. Here it waits for a lock held past a one-second timeout instead.
    [PostgresFact]
    public async Task Maintenance_after_a_bulk_import_is_not_cut_short_by_the_command_timeout()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "Gas flows through the northern pipeline resumed on Monday.");
        db.Database.SetCommandTimeout(1);
        await using var holder = new NpgsqlConnection(_connectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await new NpgsqlCommand("""LOCK TABLE "Quotes" IN SHARE UPDATE EXCLUSIVE MODE""", holder, hold).ExecuteNonQueryAsync();

        var maintenance = new PostgresDialect().AfterImportAsync(db, PostgresDialect.VacuumAfterArticles, CancellationToken.None);
        await WaitUntilWaitingForLockAsync(holder);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await hold.CommitAsync();
        await maintenance;

        (await VacuumedAsync(db, "Quotes")).Should().BeTrue();
        db.Database.GetCommandTimeout().Should().Be(1, "the context's own timeout comes back after the maintenance");
    }

    private static async Task WaitUntilWaitingForLockAsync(NpgsqlConnection observer)
    {
        await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = '\"Quotes\"'::regclass", observer);
        for (var attempt = 0; attempt < 500 && (long)(await waiting.ExecuteScalarAsync())! == 0; attempt++)
        {
            await Task.Delay(10);
        }
    }

    private static async Task<bool> VacuumedAsync(NewsDbContext db, string table) =>
        await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM pg_stat_user_tables WHERE relname = {table} AND last_vacuum IS NOT NULL""")
            .SingleAsync() == 1;

    private NewsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerPostgres(_connectionString!).AddInterceptors(_recorder).Options);

    private async Task InsertQuotesAsync(NewsDbContext db, params string[] texts)
    {
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Articles" ("Title", "AddedUtc", "ReportedUtc", "QuoteCount", "RawBody", "CleanBody", "ContentHash", "Version")
            VALUES ('t', '2024-01-01 00:00:00Z', '2024-01-01 00:00:00Z', 0, 'b', 'b', 'h', 0);
            INSERT INTO "Statements" ("Text", "Fingerprint", "FirstReportedUtc", "ArticleCount") VALUES ('s', 1, '2024-01-01 00:00:00Z', 1);
            """);
        foreach (var text in texts)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Quotes" ("ArticleId", "StatementId", "Text", "Kind", "ReportedUtc", "StartOffset", "EndOffset", "Confidence")
                VALUES (1, 1, {text}, 'Direct', '2024-01-01 00:00:00Z', 0, 0, 1)
                """);
        }

        _recorder.Commands.Clear();
    }

    private sealed record RecordedCommand(string Text, IReadOnlyList<object?> Parameters);

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<RecordedCommand> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(new RecordedCommand(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => p.Value).ToList()));
            return ValueTask.FromResult(result);
        }
    }
}
