using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Search;

public sealed class SqliteDialectTests : IAsyncLifetime
{
    private const string Hostile = "NATO\" OR 1=1 -- '); DROP TABLE Quotes; --";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly CommandRecorder _recorder = new();

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        _recorder.Commands.Clear();
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task The_search_words_reach_the_database_only_as_parameters()
    {
        await using var db = CreateContext();

        await new SqliteDialect().MatchingQuoteIds(db, SearchQuery.Parse(Hostile)).ToListAsync();

        var command = _recorder.Commands.Should().ContainSingle().Subject;
        command.Text.Should().Contain("MATCH @g0t0w0");
        command.Text.Should().NotContainAny("nato", "NATO", "1=1", "DROP");
        command.Parameters.Should().Contain("\"nato\"*");
    }

    [Fact]
    public async Task A_search_composed_into_a_larger_query_stays_parameterised()
    {
        await using var db = CreateContext();
        var ids = new SqliteDialect().MatchingQuoteIds(db, SearchQuery.Parse("troops gas"));

        await db.Quotes.Where(q => ids.Contains(q.Id)).Select(q => q.Text).ToListAsync();

        var command = _recorder.Commands.Should().ContainSingle().Subject;
        command.Text.Should().NotContainAny("troops", "gas");
        command.Parameters.Should().Contain(["\"troops\"*", "\"gas\"*"]);
    }

    [Fact]
    public async Task Every_search_word_is_required()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "We will send troops.", "Gas prices are rising.", "Troops and gas are both on the agenda.");

        var ids = await new SqliteDialect().MatchingQuoteIds(db, SearchQuery.Parse("troops gas")).ToListAsync();

        ids.Should().Equal(3);
    }

    [Theory]
    [InlineData("\"door is open\"", new[] { 1 })]
    [InlineData("door open", new[] { 1, 2 })]
    [InlineData("gas OR oil", new[] { 3, 4 })]
    [InlineData("door -closed", new[] { 1 })]
    [InlineData("deploy*", new[] { 5 })]
    [InlineData("-closed door", new[] { 1 })]
    public async Task Phrases_alternatives_exclusions_and_prefixes_match_as_written(string search, int[] expected)
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db,
            "The door is open to talks.",
            "The door is closed, but we are open to ideas.",
            "Gas flows will resume.",
            "Oil exports fell.",
            "Deployments continue in the east.");

        var ids = await new SqliteDialect().MatchingQuoteIds(db, SearchQuery.Parse(search)).ToListAsync();

        ids.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task A_topic_named_by_the_search_adds_the_quotes_tagged_with_it()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "Troop deployment near the border.", "We moved two brigades forward.", "Nothing about it.");
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId") VALUES (3, 7, '2022-01-01 00:00:00', 2)""");
        var query = SearchQuery.Parse("troop deployment").WithTopics(text => text == "troop deployment" ? [7] : []);

        var ids = await new SqliteDialect().MatchingQuoteIds(db, query).ToListAsync();

        ids.Should().BeEquivalentTo([1, 2]);
    }

    [Fact]
    public async Task Relevance_ranks_the_quote_that_says_the_word_most_first()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "Energy is one of many subjects on a long agenda for the talks this week.", "Energy, energy, energy: it is all about energy.");

        var ranks = await new SqliteDialect().RanksAsync(db, SearchQuery.Parse("energy"), [1, 2], default);

        ranks.Should().HaveCount(2);
        ranks[2].Should().BeLessThan(ranks[1]);
    }

    [Theory]
    [InlineData("deploy", "They will deploy two brigades.")]
    [InlineData("deploy", "The deployment starts in May.")]
    [InlineData("deploy", "Two brigades were deployed.")]
    [InlineData("sanction", "New sanctions were announced.")]
    [InlineData("negotiate", "Negotiations resume on Monday.")]
    [InlineData("employ", "Unemployment and employment figures.")]
    [InlineData("dependence", "Europe's dépendence on Russian gas.")]
    [InlineData("KREMLIN", "The Kremlin said nothing.")]
    public async Task A_search_word_finds_its_inflected_forms(string word, string text)
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, text);

        var ids = await new SqliteDialect().MatchingQuoteIds(db, SearchQuery.Parse(word)).ToListAsync();

        ids.Should().Equal(1);
    }

    [Fact]
    public async Task A_search_word_does_not_match_an_unrelated_word_sharing_a_few_letters()
    {
        await using var db = CreateContext();
        await InsertQuotesAsync(db, "The police were deployed.");

        var ids = await new SqliteDialect().MatchingQuoteIds(db, SearchQuery.Parse("policy")).ToListAsync();

        ids.Should().BeEmpty();
    }

    private NewsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite(_connection).AddInterceptors(_recorder).Options);

    private async Task InsertQuotesAsync(NewsDbContext db, params string[] texts)
    {
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Articles" ("Title", "AddedUtc", "RawBody", "CleanBody", "ContentHash") VALUES ('t', '2024-01-01 00:00:00', 'b', 'b', 'h');
            INSERT INTO "Statements" ("Text", "Fingerprint", "FirstReportedUtc", "ArticleCount") VALUES ('s', 1, '2024-01-01 00:00:00', 1);
            """);
        foreach (var text in texts)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Quotes" ("ArticleId", "StatementId", "Text", "Kind", "StartOffset", "EndOffset", "Confidence")
                VALUES (1, 1, {text}, 'Direct', 0, 0, 1)
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
