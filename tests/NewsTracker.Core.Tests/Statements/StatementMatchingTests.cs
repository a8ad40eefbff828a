using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Statements;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Statements;

// One statement, many reports: articles of our own, saved one per scope as the importer does.
public sealed class StatementMatchingTests : DatabaseTest
{
    private const string Original =
        "We are now reaching out to Russia once again to try to pursue a path of dialogue and find a political solution";

    private static readonly DateTime January10 = new(2022, 1, 10, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime January12 = new(2022, 1, 12, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_same_quote_in_two_articles_is_one_statement_with_two_reports()
    {
        await AddAsync("Wire copy", $"\u201C{Original},\u201D Jens Stoltenberg said on Monday.", January10);
        await AddAsync("Reprint", $"NATO has offered talks. \u201C{Original},\u201D Stoltenberg told AFP.", January12);

        var statement = await StatementOfAsync("We are now reaching out");

        statement.Reports.Should().HaveCount(2);
        statement.Speaker!.Name.Should().Be("Jens Stoltenberg");
    }

    [Fact]
    public async Task A_statement_is_first_reported_on_the_earlier_articles_date_whatever_the_import_order()
    {
        await AddAsync("Reprint", $"NATO has offered talks. \u201C{Original},\u201D Stoltenberg told AFP.", January12);
        await AddAsync("Wire copy", $"\u201C{Original},\u201D Jens Stoltenberg said on Monday.", January10);

        var statement = await StatementOfAsync("We are now reaching out");

        statement.FirstReportedUtc.Should().Be(January10);
    }

    [Fact]
    public async Task Statement_details_list_every_report_oldest_first()
    {
        await AddAsync("Reprint", $"NATO has offered talks. \u201C{Original},\u201D Stoltenberg told AFP.", January12);
        await AddAsync("Wire copy", $"\u201C{Original},\u201D Jens Stoltenberg said on Monday.", January10);
        var id = (await StatementOfAsync("We are now reaching out")).Id;

        var details = await InScopeAsync<StatementService, StatementDetails?>(s => s.GetAsync(id, default));

        details!.FirstReportedUtc.Should().Be(January10);
        details.Reports.Select(r => r.Article.Title).Should().Equal("Wire copy", "Reprint");
        details.Reports.Select(r => r.ReportedUtc).Should().Equal(January10, January12);
    }

    [Fact]
    public async Task Curly_and_straight_marks_and_case_do_not_split_a_statement()
    {
        await AddAsync("Wire copy", $"\u201C{Original},\u201D Jens Stoltenberg said on Monday.", January10);
        await AddAsync("Reprint", $"\"{Original.ToUpperInvariant()},\" Stoltenberg told AFP.", January12);

        (await StatementOfAsync("We are now reaching out")).Reports.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_shorter_excerpt_sharing_ten_words_joins_the_longer_original()
    {
        await AddAsync("Wire copy", $"\u201C{Original},\u201D Jens Stoltenberg said on Monday.", January10);
        await AddAsync(
            "Days later",
            "Stoltenberg insisted last week that the alliance was \u201Creaching out to Russia once again to try to pursue a path of dialogue\u201D despite the build-up.",
            January12);

        var statement = await StatementOfAsync("We are now reaching out");

        // The excerpt is a direct fragment inside reported speech, so the article may add its indirect clause too.
        statement.Reports.Select(r => r.ArticleId).Distinct().Should().HaveCount(2);
        statement.ArticleCount.Should().Be(2, "the stored count is of articles, not of reports");
        statement.Reports.Should().Contain(r => r.Kind == QuoteKind.Direct && r.Text.StartsWith("reaching out to Russia"));
        statement.Text.Should().StartWith("We are now reaching out");
    }

    // A statement stores every third of its ten-word runs (and the last), and a report looks up all of its own,
    // so any twelve words in common are found, wherever the excerpt starts.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(9)]
    [InlineData(10)]
    public async Task A_shorter_excerpt_sharing_any_twelve_words_joins_the_longer_original(int firstWord)
    {
        var words = Original.Split(' ').Skip(firstWord).Take(12).ToArray();
        var excerpt = char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..];
        await AddAsync("Wire copy", $"\u201C{Original},\u201D Jens Stoltenberg said on Monday.", January10);
        await AddAsync("Days later", $"Stoltenberg said on Tuesday: \u201C{excerpt}.\u201D", January12);

        await using var db = Database.CreateContext();
        var original = await db.Quotes.Where(q => q.Article.Title == "Wire copy").Select(q => q.StatementId).SingleAsync();
        var reports = await db.Quotes.Where(q => q.Article.Title == "Days later").Select(q => new { q.Text, q.StatementId }).ToListAsync();
        reports.Should().ContainSingle(r => r.Text.Contains(string.Join(' ', words.Skip(1))))
            .Which.StatementId.Should().Be(original, $"the excerpt shares twelve words from word {firstWord} on");
    }

    [Fact]
    public async Task A_longer_report_becomes_the_statements_text()
    {
        await AddAsync(
            "First excerpt",
            "Stoltenberg said the alliance was \u201Creaching out to Russia once again to try to pursue a path of dialogue\u201D on Monday.",
            January10);
        await AddAsync("Full quote", $"\u201C{Original},\u201D Jens Stoltenberg said on Monday.", January12);

        var statement = await StatementOfAsync("We are now reaching out");

        statement.Text.Should().StartWith("We are now reaching out");
        statement.FirstReportedUtc.Should().Be(January10);
        statement.Reports.Select(r => r.ArticleId).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public async Task An_excerpt_finds_its_original_among_many_statements_sharing_a_stock_phrase()
    {
        // Seven earlier statements by other people end with the original's last thirteen words, so the excerpt
        // shares a shingle with each: only the few that share most may be read in full, and the original is one.
        string[] others = ["Anna Berg", "Piotr Nowak", "Lena Moreau", "Tomas Kral", "Ines Duarte", "Olaf Sund", "Rita Vale"];
        foreach (var (name, i) in others.Select((n, i) => (n, i)))
        {
            await AddAsync(
                $"Stock phrase {i}",
                $"\u201CMinistry number {i} keeps asking its partners to try to pursue a path of dialogue and find a political solution,\u201D {name} said.",
                January10);
        }

        await AddAsync("Wire copy", $"\u201C{Original},\u201D Jens Stoltenberg said on Monday.", January10);
        await AddAsync(
            "Days later",
            "Stoltenberg said on Tuesday: \u201CReaching out to Russia once again to try to pursue a path of dialogue and find a political solution.\u201D",
            January12);

        var statement = await StatementOfAsync("We are now reaching out");

        statement.Speaker!.Name.Should().Be("Jens Stoltenberg");
        statement.ArticleCount.Should().Be(2);
        statement.Reports.Select(r => r.ArticleId).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public async Task Different_speakers_saying_the_same_short_phrase_are_different_statements()
    {
        await AddAsync("Moscow", "\u201CWe will not accept any ultimatums,\u201D Sergei Lavrov said on Friday.", January10);
        await AddAsync("Kyiv", "\u201CWe will not accept any ultimatums,\u201D Dmytro Kuleba said on Saturday.", January12);

        await using var db = Database.CreateContext();
        var statements = await db.Statements
            .Where(s => s.Text.StartsWith("We will not accept"))
            .Select(s => s.Speaker!.Name)
            .ToListAsync();
        statements.Should().BeEquivalentTo(["Sergei Lavrov", "Dmytro Kuleba"]);
    }

    [Fact]
    public async Task Different_quotes_from_one_speaker_are_different_statements()
    {
        await AddAsync(
            "Two things",
            "\u201CWe will not accept any ultimatums,\u201D Sergei Lavrov said. \u201COur patience is not unlimited,\u201D he added.",
            January10);

        await using var db = Database.CreateContext();
        (await db.Quotes.Select(q => q.StatementId).Distinct().CountAsync()).Should().Be(await db.Quotes.CountAsync());
    }

    private async Task AddAsync(string title, string body, DateTime publishedUtc)
    {
        var result = await InScopeAsync<ArticleService, AddArticleResult>(
            s => s.AddAsync(new NewArticle(title, body, PublishedUtc: publishedUtc), default));
        result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
    }

    private async Task<Statement> StatementOfAsync(string opening)
    {
        await using var db = Database.CreateContext();
        var statements = await db.Statements
            .Include(s => s.Reports)
            .Include(s => s.Speaker)
            .Where(s => s.Reports.Any(q => q.Kind == QuoteKind.Direct && q.Text.Contains("reaching out to Russia")) || s.Text.StartsWith(opening))
            .ToListAsync();
        statements.Should().ContainSingle("every report of the quote belongs to one statement");
        return statements[0];
    }
}
