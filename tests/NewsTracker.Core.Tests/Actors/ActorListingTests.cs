using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Actors;

// The lists read the stored counts, so the reference actors get their counts set straight through the model: these
// tests are about paging and searching, not about the writer keeping the counts (ArticleServiceTests cover that).
public sealed class ActorListingTests : DatabaseTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        await SetCountsAsync(db, "jens-stoltenberg", quotes: 40, mentions: 5);
        await SetCountsAsync(db, "antony-blinken", quotes: 30, mentions: 0);
        await SetCountsAsync(db, "sergei-lavrov", quotes: 20, mentions: 2);
        await SetCountsAsync(db, "antonio-guterres", quotes: 10, mentions: 0);
        await SetCountsAsync(db, "recep-tayyip-erdogan", quotes: 5, mentions: 0);
        await SetCountsAsync(db, "russia", quotes: 0, mentions: 90);
        await SetCountsAsync(db, "nato", quotes: 0, mentions: 60);
        db.Actors.Add(new Actor { Name = "Jean-Yves Le Drian", Slug = "jean-yves-le-drian", Kind = ActorKind.Person, QuoteCount = 3 });
        db.Actors.Add(new Actor { Name = "Conor O'Brien", Slug = "conor-o-brien", Kind = ActorKind.Person, QuoteCount = 2 });
        db.Actors.Add(new Actor { Name = "Percy 100% Sure", Slug = "percy-100-sure", Kind = ActorKind.Person, QuoteCount = 1 });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Speakers_come_most_quoted_first_and_page_two_shows_the_next_rows()
    {
        var first = await SpeakersAsync(new SpeakerQuery(Page: 1, PageSize: 3));
        var second = await SpeakersAsync(new SpeakerQuery(Page: 2, PageSize: 3));

        first.Total.Should().Be(8);
        first.PageCount.Should().Be(3);
        first.Items.Select(s => s.Name).Should().Equal("Jens Stoltenberg", "Antony Blinken", "Sergei Lavrov");
        second.Items.Select(s => s.Name).Should().Equal("António Guterres", "Recep Tayyip Erdogan", "Jean-Yves Le Drian");
        second.Total.Should().Be(8);
        second.HasPrevious.Should().BeTrue();
        second.HasNext.Should().BeTrue();
    }

    [Fact]
    public async Task Actors_without_quotes_are_not_speakers()
    {
        var speakers = await SpeakersAsync(new SpeakerQuery(PageSize: 200));

        speakers.Items.Should().OnlyContain(s => s.QuoteCount > 0);
        speakers.Items.Select(s => s.Name).Should().NotContain(["Russia", "NATO"]);
    }

    [Fact]
    public async Task The_speakers_page_size_defaults_to_fifty_and_stops_at_two_hundred()
    {
        var unset = await SpeakersAsync(new SpeakerQuery(PageSize: 0));
        var huge = await SpeakersAsync(new SpeakerQuery(PageSize: 100_000));

        unset.PageSize.Should().Be(50);
        huge.PageSize.Should().Be(Paging.MaxPageSize);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(int.MaxValue)]
    public async Task A_page_past_the_end_is_empty_but_keeps_the_total(int page)
    {
        var result = await SpeakersAsync(new SpeakerQuery(Page: page, PageSize: 3));

        result.Items.Should().BeEmpty();
        result.Total.Should().Be(8);
        result.Page.Should().BeGreaterThan(result.PageCount);
    }

    [Fact]
    public async Task A_page_number_below_one_is_the_first_page()
    {
        var result = await SpeakersAsync(new SpeakerQuery(Page: 0, PageSize: 3));

        result.Page.Should().Be(1);
        result.Items.Select(s => s.Name).Should().StartWith("Jens Stoltenberg");
    }

    [Theory]
    [InlineData("jens")]
    [InlineData("Jens Stolt")]
    [InlineData("  jens   stoltenberg ")]
    public async Task A_speaker_is_found_by_the_start_of_the_name(string q)
    {
        var result = await SpeakersAsync(new SpeakerQuery(q));

        result.Items.Select(s => s.Name).Should().Equal("Jens Stoltenberg");
        result.Total.Should().Be(1);
    }

    [Theory]
    [InlineData("stolt", "Jens Stoltenberg")]
    [InlineData("tayyip", "Recep Tayyip Erdogan")]
    [InlineData("yves", "Jean-Yves Le Drian")]
    [InlineData("le drian", "Jean-Yves Le Drian")]
    [InlineData("jean-yves", "Jean-Yves Le Drian")]
    [InlineData("brien", "Conor O'Brien")]
    public async Task A_speaker_is_found_by_the_start_of_any_word_of_the_name(string q, string name)
    {
        var result = await SpeakersAsync(new SpeakerQuery(q));

        result.Items.Select(s => s.Name).Should().Equal(name);
    }

    [Fact]
    public async Task A_speaker_is_found_by_an_alias()
    {
        // "Tony Blinken" is an alias; no word of "Antony Blinken" starts with "tony".
        var result = await SpeakersAsync(new SpeakerQuery("tony"));

        result.Items.Select(s => s.Name).Should().Equal("Antony Blinken");
    }

    [Theory]
    [InlineData("STOLTENBERG")]
    [InlineData("sToLtEnBeRg")]
    public async Task Searching_ignores_the_case_of_ascii_letters(string q)
    {
        var result = await SpeakersAsync(new SpeakerQuery(q));

        result.Items.Select(s => s.Name).Should().Equal("Jens Stoltenberg");
    }

    [Theory]
    [InlineData("antónio", "António Guterres")]
    [InlineData("ERDOğAN", "Recep Tayyip Erdogan")]
    public async Task Letters_beyond_ascii_match_when_typed_as_written_and_the_rest_ignores_case(string q, string name)
    {
        var result = await SpeakersAsync(new SpeakerQuery(q));

        result.Items.Select(s => s.Name).Should().Equal(name);
    }

    [Theory]
    [InlineData("oltenberg")]
    [InlineData("nobody at all")]
    [InlineData("_ens")]
    [InlineData("%")]
    public async Task A_search_that_matches_no_word_start_finds_nobody(string q)
    {
        var result = await SpeakersAsync(new SpeakerQuery(q));

        result.Items.Should().BeEmpty();
        result.Total.Should().Be(0);
    }

    [Fact]
    public async Task Like_wildcards_in_the_search_are_plain_characters()
    {
        var result = await SpeakersAsync(new SpeakerQuery("100%"));

        result.Items.Select(s => s.Name).Should().Equal("Percy 100% Sure");
    }

    [Fact]
    public async Task The_search_narrows_the_total_and_the_paging_together()
    {
        var first = await SpeakersAsync(new SpeakerQuery("ant", PageSize: 1));
        var second = await SpeakersAsync(new SpeakerQuery("ant", Page: 2, PageSize: 1));

        first.Total.Should().Be(2);
        first.Items.Select(s => s.Name).Should().Equal("Antony Blinken");
        second.Items.Select(s => s.Name).Should().Equal("António Guterres");
    }

    [Fact]
    public async Task Blank_search_text_lists_everyone()
    {
        var blank = await SpeakersAsync(new SpeakerQuery("   "));

        blank.Total.Should().Be(8);
    }

    [Fact]
    public async Task An_actor_is_found_by_an_alias_such_as_its_capital()
    {
        var result = await ActorsAsync(new ActorQuery("moscow"));

        result.Items.Select(a => a.Name).Should().Equal("Russia");
    }

    [Fact]
    public async Task An_alias_is_found_by_the_start_of_any_of_its_words()
    {
        // NATO's aliases include "the Western military alliance".
        var result = await ActorsAsync(new ActorQuery("western military"));

        result.Items.Select(a => a.Name).Should().Equal("NATO");
    }

    [Fact]
    public async Task Actors_keep_their_kind_filter_alongside_the_search()
    {
        var countries = await ActorsAsync(new ActorQuery("moscow", ActorKind.Country));
        var people = await ActorsAsync(new ActorQuery("moscow", ActorKind.Person));
        var allCountries = await ActorsAsync(new ActorQuery(Kind: ActorKind.Country, PageSize: 200));

        countries.Items.Select(a => a.Name).Should().Equal("Russia");
        people.Items.Should().BeEmpty();
        allCountries.Items.Should().NotBeEmpty().And.OnlyContain(a => a.Kind == ActorKind.Country);
        allCountries.Total.Should().Be(await CountActorsAsync(ActorKind.Country));
    }

    [Fact]
    public async Task Actors_come_most_quoted_and_mentioned_first_and_page_on()
    {
        var first = await ActorsAsync(new ActorQuery(PageSize: 4));
        var second = await ActorsAsync(new ActorQuery(Page: 2, PageSize: 4));

        first.Items.Select(a => a.Name).Should().Equal("Russia", "NATO", "Jens Stoltenberg", "Antony Blinken");
        second.Items.Select(a => a.Name).Should().Equal("Sergei Lavrov", "António Guterres", "Recep Tayyip Erdogan", "Jean-Yves Le Drian");
        first.Total.Should().Be(await CountActorsAsync());
    }

    [Fact]
    public async Task The_actor_list_pages_by_fifty_unless_told_otherwise()
    {
        var result = await ActorsAsync(new ActorQuery());

        result.PageSize.Should().Be(50);
        result.Items.Should().HaveCount(Math.Min(50, result.Total));
    }

    private Task<PagedResult<SpeakerRow>> SpeakersAsync(SpeakerQuery query) =>
        InScopeAsync<ActorService, PagedResult<SpeakerRow>>(s => s.ListSpeakersAsync(query, default));

    private Task<PagedResult<ActorRow>> ActorsAsync(ActorQuery query) =>
        InScopeAsync<ActorService, PagedResult<ActorRow>>(s => s.ListAsync(query, default));

    private async Task<int> CountActorsAsync(ActorKind? kind = null)
    {
        await using var db = Database.CreateContext();
        return await db.Actors.CountAsync(a => kind == null || a.Kind == kind);
    }

    private static async Task SetCountsAsync(NewsDbContext db, string slug, int quotes, int mentions)
    {
        var actor = await db.Actors.SingleAsync(a => a.Slug == slug);
        actor.QuoteCount = quotes;
        actor.MentionCount = mentions;
    }
}
