using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Articles;

// The seed article end to end: cleaned, extracted, linked and stored as the foundation issue requires.
public sealed class SeedArticleTests : DatabaseTest
{
    private const string TroopsQuote = "We have no plans to deploy NATO combat troops to Ukraine";
    private const string EnergyQuote = "We are concerned about the energy situation in Europe";
    private const string DialogueQuote = "We are now reaching out to Russia once again";
    private const string DoorQuote = "NATO's door is open, remains open, and that is our commitment";

    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var result = await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(Seed.StoltenbergArticle, default));
        result.Status.Should().Be(AddArticleStatus.Added);
        _articleId = result.ArticleId!.Value;
    }

    [Fact]
    public async Task The_troops_quote_printed_twice_is_stored_once()
    {
        await using var db = Database.CreateContext();

        (await db.Quotes.CountAsync(q => q.ArticleId == _articleId && q.Text.Contains(TroopsQuote))).Should().Be(1);
    }

    [Theory]
    [InlineData(TroopsQuote)]
    [InlineData(EnergyQuote)]
    [InlineData(DialogueQuote)]
    public async Task Stoltenbergs_quote_is_attributed_to_the_actor_Jens_Stoltenberg(string opening)
    {
        var quote = await QuoteStartingAsync(opening);

        quote.Speaker.Should().NotBeNull();
        quote.Speaker!.Name.Should().Be("Jens Stoltenberg");
    }

    [Fact]
    public async Task The_door_quote_with_mixed_marks_is_attributed_to_Blinken()
    {
        var quote = await QuoteStartingAsync(DoorQuote);

        quote.Text.Should().Be(DoorQuote);
        quote.Speaker.Should().NotBeNull();
        quote.Speaker!.Name.Should().Be("Antony Blinken");
    }

    [Fact]
    public async Task Stoltenbergs_quotes_link_to_the_seeded_actor_rather_than_a_new_one()
    {
        await using var db = Database.CreateContext();

        (await db.Actors.CountAsync(a => a.Name.Contains("Stoltenberg"))).Should().Be(1);
    }

    [Fact]
    public async Task Stoltenbergs_quotes_are_direct()
    {
        var quote = await QuoteStartingAsync(TroopsQuote);

        quote.Kind.Should().Be(QuoteKind.Direct);
    }

    [Fact]
    public async Task The_energy_quote_is_tagged_energy()
    {
        var quote = await QuoteStartingAsync(EnergyQuote);

        quote.Topics.Select(t => t.Slug).Should().Contain("energy");
    }

    [Fact]
    public async Task The_troops_quote_is_tagged_troop_deployment()
    {
        var quote = await QuoteStartingAsync(TroopsQuote);

        quote.Topics.Select(t => t.Slug).Should().Contain("troop-deployment");
    }

    [Fact]
    public async Task The_article_carries_the_topics_of_its_quotes()
    {
        await using var db = Database.CreateContext();

        var topics = await db.Articles.Where(a => a.Id == _articleId).SelectMany(a => a.Topics.Select(t => t.Slug)).ToListAsync();

        topics.Should().Contain(["energy", "troop-deployment"]);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Also read")]
    public async Task Page_furniture_is_not_in_the_cleaned_body(string furniture)
    {
        await using var db = Database.CreateContext();

        var article = await db.Articles.SingleAsync(a => a.Id == _articleId);

        article.RawBody.Should().Contain(furniture);
        article.CleanBody.Should().NotContain(furniture);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Also read")]
    public async Task Page_furniture_is_in_no_stored_quote(string furniture)
    {
        await using var db = Database.CreateContext();

        var quotes = await db.Quotes.Where(q => q.ArticleId == _articleId).Select(q => q.Text).ToListAsync();

        quotes.Should().NotBeEmpty().And.NotContain(q => q.Contains(furniture));
    }

    [Fact]
    public async Task Page_furniture_is_not_found_by_search()
    {
        var found = await InScopeAsync<QuoteService, Core.Common.PagedResult<QuoteRow>>(
            s => s.SearchAsync(new QuoteFilter(Text: "Advertisement"), default));

        found.Total.Should().Be(0);
    }

    [Theory]
    [InlineData(EnergyQuote)]
    [InlineData(DialogueQuote)]
    [InlineData(DoorQuote)]
    public async Task A_direct_quotes_offsets_point_at_its_text_in_the_cleaned_body(string opening)
    {
        await using var db = Database.CreateContext();
        var quote = await QuoteStartingAsync(opening);
        var body = (await db.Articles.SingleAsync(a => a.Id == _articleId)).CleanBody;

        body.Substring(quote.StartOffset, quote.EndOffset - quote.StartOffset).Should().Be(quote.Text);
    }

    [Fact]
    public async Task Every_single_part_direct_quotes_offsets_point_at_its_text()
    {
        await using var db = Database.CreateContext();
        var body = (await db.Articles.SingleAsync(a => a.Id == _articleId)).CleanBody;
        var quotes = await db.Quotes.Where(q => q.ArticleId == _articleId && q.Kind == QuoteKind.Direct).ToListAsync();

        quotes.Should().NotBeEmpty();
        foreach (var quote in quotes.Where(q => q.EndOffset - q.StartOffset == q.Text.Length))
        {
            body.Substring(quote.StartOffset, quote.EndOffset - quote.StartOffset).Should().Be(quote.Text);
        }
    }

    [Fact]
    public async Task The_article_is_stamped_with_the_clock_time()
    {
        await using var db = Database.CreateContext();

        (await db.Articles.SingleAsync(a => a.Id == _articleId)).AddedUtc.Should().Be(TestDatabase.StartTime.UtcDateTime);
    }

    private async Task<Quote> QuoteStartingAsync(string opening)
    {
        await using var db = Database.CreateContext();
        var matches = await db.Quotes
            .Include(q => q.Speaker)
            .Include(q => q.Topics)
            .Where(q => q.ArticleId == _articleId && q.Text.StartsWith(opening))
            .ToListAsync();
        matches.Should().ContainSingle("the article has one quote opening \"{0}\"", opening);
        return matches[0];
    }
}
