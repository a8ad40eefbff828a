using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Actors;

public sealed class ActorServiceTests : DatabaseTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(Seed.StoltenbergArticle with { PublishedUtc = new DateTime(2022, 1, 10, 0, 0, 0, DateTimeKind.Utc) }, default));
    }

    [Fact]
    public async Task Speakers_are_the_actors_with_quotes_most_quoted_first()
    {
        var speakers = (await InScopeAsync<ActorService, PagedResult<SpeakerRow>>(s => s.ListSpeakersAsync(new SpeakerQuery(), default))).Items;

        speakers.Should().NotBeEmpty().And.BeInDescendingOrder(s => s.QuoteCount);
        speakers.Should().OnlyContain(s => s.QuoteCount > 0);
        var stoltenberg = speakers[0];
        stoltenberg.Name.Should().Be("Jens Stoltenberg");
        stoltenberg.Slug.Should().Be("jens-stoltenberg");
        stoltenberg.Role.Should().Be("Secretary-General");
        stoltenberg.Affiliation.Should().Be("NATO");
        stoltenberg.QuoteCount.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task The_actor_list_filters_by_kind()
    {
        var countries = (await InScopeAsync<ActorService, PagedResult<ActorRow>>(s => s.ListAsync(new ActorQuery(Kind: ActorKind.Country), default))).Items;

        countries.Should().NotBeEmpty().And.OnlyContain(a => a.Kind == ActorKind.Country);
        countries.Select(a => a.Name).Should().Contain(["Russia", "Ukraine", "United States"]);
    }

    [Fact]
    public async Task The_actor_list_puts_the_most_quoted_and_mentioned_first()
    {
        var actors = (await InScopeAsync<ActorService, PagedResult<ActorRow>>(s => s.ListAsync(new ActorQuery(), default))).Items;

        actors.Select(a => a.QuoteCount + a.MentionCount).Should().BeInDescendingOrder();
    }

    [Theory]
    [InlineData("jens-stoltenberg")]
    [InlineData("id")]
    public async Task An_actor_is_found_by_slug_or_id(string key)
    {
        var bySlug = await InScopeAsync<ActorService, ActorDetails?>(s => s.GetAsync("jens-stoltenberg", default));
        var lookup = key == "id" ? bySlug!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : key;

        var details = await InScopeAsync<ActorService, ActorDetails?>(s => s.GetAsync(lookup, default));

        details!.Name.Should().Be("Jens Stoltenberg");
        details.Affiliation!.Slug.Should().Be("nato");
        details.Aliases.Should().Contain("Stoltenberg");
        details.QuoteCount.Should().BeGreaterThanOrEqualTo(3);
        details.FirstQuotedUtc.Should().Be(new DateTime(2022, 1, 10, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task An_organisation_lists_its_people()
    {
        var nato = await InScopeAsync<ActorService, ActorDetails?>(s => s.GetAsync("nato", default));

        nato!.Members.Select(m => m.Name).Should().Contain(["Jens Stoltenberg", "Mark Rutte"]);
    }

    [Fact]
    public async Task An_unknown_actor_is_null()
    {
        var details = await InScopeAsync<ActorService, ActorDetails?>(s => s.GetAsync("nobody", default));

        details.Should().BeNull();
    }

    [Fact]
    public async Task An_imported_speakers_quotes_are_charted_per_month_by_topic()
    {
        var stoltenberg = await InScopeAsync<ActorService, ActorDetails?>(s => s.GetAsync("jens-stoltenberg", default));

        var chart = await InScopeAsync<AttentionService, AttentionChart>(s =>
            s.OverTimeAsync(new AttentionQuery(QuoteFacetKind.Speaker, stoltenberg!.Id, AttentionStack.Topic, AttentionPeriod.Month), default));

        chart.Periods.Should().Equal(new DateOnly(2022, 1, 1));
        chart.Series.Should().Contain(s => s.Label == "energy" && s.Total >= 1);
        chart.Series.Should().Contain(s => s.Label == "troop deployment" && s.Total >= 1);
    }
}
