using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Curation;

public sealed class ActorMergeTests : CurationTest
{
    private const string Ferry = "The ferry will sail on time";
    private const string Ports = "Our ports stay open all winter";
    private const string Both = "Marta Lindqvist and Ingrid Solberg both back the plan";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddArticleAsync("Ferry on time", $"\u201C{Ferry},\u201D Marta Lindqvist said on Monday.");
        await AddArticleAsync("Ports open", $"\u201C{Ports},\u201D Ingrid Solberg said on Tuesday.");
        await AddArticleAsync("Plan backed", $"\u201C{Both},\u201D Erik Dahl said on Wednesday.");
    }

    [Fact]
    public async Task Merging_moves_quotes_mentions_and_aliases_and_removes_the_merged_actor()
    {
        var solberg = (await ActorAsync("Ingrid Solberg"))!;
        await UpdateAsync(solberg.Slug, new ActorInput("Ingrid Solberg", ActorKind.Person, "Harbour chief", "Norway", ["I. Solberg"]));

        var result = await MergeAsync(solberg.Slug, "marta-lindqvist");

        result.Outcome.Status.Should().Be(CurationStatus.Done);
        result.Survivor!.Name.Should().Be("Marta Lindqvist");
        result.Survivor.QuoteCount.Should().Be(2);
        result.Survivor.MentionCount.Should().Be(1, "the quote that named both now names the survivor once");
        result.Survivor.Aliases.Should().Contain(["Ingrid Solberg", "I. Solberg"]);
        (await ActorAsync("Ingrid Solberg")).Should().BeNull();
        (await SpeakerOfAsync(Ports)).Should().Be("Marta Lindqvist");
        await ArchiveShouldHoldAsync();
    }

    [Fact]
    public async Task A_quote_that_involved_both_actors_keeps_one_row_in_the_filter_index()
    {
        var lindqvist = (await ActorAsync("Marta Lindqvist"))!;
        var solberg = (await ActorAsync("Ingrid Solberg"))!;

        await MergeAsync(solberg.Slug, lindqvist.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await using var db = Database.CreateContext();
        var both = await db.Quotes.SingleAsync(q => q.Text.StartsWith(Both));
        (await db.QuoteFacets.Where(f => f.QuoteId == both.Id && f.Kind == QuoteFacetKind.Actor).Select(f => f.FacetId).ToListAsync())
            .Should().ContainSingle(id => id == lindqvist.Id);
        (await db.QuoteFacets.CountAsync(f => f.FacetId == solberg.Id && f.Kind != QuoteFacetKind.Topic)).Should().Be(0);
        await ArchiveShouldHoldAsync();
    }

    [Fact]
    public async Task A_later_import_links_the_merged_name_to_the_survivor()
    {
        var solberg = (await ActorAsync("Ingrid Solberg"))!;
        await MergeAsync(solberg.Slug, "Marta Lindqvist");

        await AddArticleAsync("More ferries", "\u201CMore ferries will run next week,\u201D Ingrid Solberg said on Friday.");

        (await SpeakerOfAsync("More ferries will run")).Should().Be("Marta Lindqvist");
        (await ActorAsync("Ingrid Solberg")).Should().BeNull("the merged name is now an alias, not a new actor");
        (await ActorAsync("Marta Lindqvist"))!.QuoteCount.Should().Be(3);
        await ArchiveShouldHoldAsync();
    }

    [Fact]
    public async Task People_affiliated_with_the_merged_actor_follow_it_and_their_quotes_list_the_survivor()
    {
        await CreateAsync("Harbour Authority", ActorKind.Organisation);
        await CreateAsync("Port Board", ActorKind.Organisation);
        var dahl = (await ActorAsync("Erik Dahl"))!;
        await UpdateAsync(dahl.Slug, new ActorInput("Erik Dahl", ActorKind.Person, null, "Harbour Authority", []));
        await ArchiveShouldHoldAsync();

        var result = await MergeAsync("harbour-authority", "port-board");

        result.Outcome.Succeeded.Should().BeTrue();
        (await ActorAsync("Erik Dahl"))!.Affiliation!.Name.Should().Be("Port Board");
        await ArchiveShouldHoldAsync();
    }

    [Fact]
    public async Task The_merged_actors_slug_leads_to_the_survivor()
    {
        var solberg = (await ActorAsync("Ingrid Solberg"))!;

        await MergeAsync(solberg.Slug, "marta-lindqvist");

        (await InScopeAsync<ActorService, string?>(s => s.CurrentSlugAsync(solberg.Slug, default))).Should().Be("marta-lindqvist");
    }

    [Fact]
    public async Task Merging_an_actor_into_itself_is_refused_and_changes_nothing()
    {
        var lindqvist = (await ActorAsync("Marta Lindqvist"))!;

        var result = await MergeAsync(lindqvist.Slug, "Marta Lindqvist");

        result.Outcome.Status.Should().Be(CurationStatus.Invalid);
        result.Outcome.Messages.Should().ContainSingle().Which.Should().Contain("cannot be merged into itself");
        (await ActorAsync("Marta Lindqvist"))!.QuoteCount.Should().Be(1);
        (await AuditAsync(AuditEntities.Actor, lindqvist.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task Unknown_actors_on_either_side_are_not_found()
    {
        (await MergeAsync("nobody-at-all", "marta-lindqvist")).Outcome.Status.Should().Be(CurationStatus.NotFound);
        (await MergeAsync("marta-lindqvist", "nobody-at-all")).Outcome.Status.Should().Be(CurationStatus.NotFound);
        (await MergeAsync("marta-lindqvist", "  ")).Outcome.Status.Should().Be(CurationStatus.Invalid);
    }

    [Fact]
    public async Task A_name_two_actors_answer_to_comes_back_with_both_to_choose_from()
    {
        await CreateAsync("Nordic Council", ActorKind.Organisation, null, "The Council");
        await CreateAsync("Baltic Council", ActorKind.Organisation);
        await using (var db = Database.CreateContext())
        {
            // Legacy data: two actors sharing an alias, as imports before this rule could leave them.
            var baltic = await db.Actors.SingleAsync(a => a.Name == "Baltic Council");
            db.ActorAliases.Add(new ActorAlias { ActorId = baltic.Id, Text = "The Council" });
            await db.SaveChangesAsync();
        }

        var result = await MergeAsync("marta-lindqvist", "The Council");

        result.Outcome.Status.Should().Be(CurationStatus.Ambiguous);
        result.Outcome.Candidates!.Select(c => c.Name).Should().BeEquivalentTo(["Nordic Council", "Baltic Council"]);
    }

    [Fact]
    public async Task The_merge_is_in_the_audit_log_of_both_actors_with_before_and_after()
    {
        var lindqvist = (await ActorAsync("Marta Lindqvist"))!;
        var solberg = (await ActorAsync("Ingrid Solberg"))!;

        await MergeAsync(solberg.Slug, lindqvist.Slug);

        var merged = (await AuditAsync(AuditEntities.Actor, solberg.Id)).Should().ContainSingle().Subject;
        merged.Action.Should().Be("merged");
        merged.User.Should().Be(Desk.Label);
        merged.Before.Should().Contain("Ingrid Solberg");
        var survivor = (await AuditAsync(AuditEntities.Actor, lindqvist.Id)).Should().ContainSingle().Subject;
        survivor.Action.Should().Be("merged in");
        survivor.After.Should().Contain("\"quoteCount\":2");
    }
}
