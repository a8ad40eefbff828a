using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Curation;

public sealed class ActorCurationTests : CurationTest
{
    [Fact]
    public async Task A_created_actor_has_its_kind_affiliation_and_aliases_and_an_audit_entry()
    {
        var result = await CreateAsync("  Baltic   Sea\nFleet ", ActorKind.Organisation, "Russia", "BSF", "Baltic Fleet HQ");

        result.Slug.Should().Be("baltic-sea-fleet");
        var fleet = (await ActorAsync("Baltic Sea Fleet"))!;
        fleet.Kind.Should().Be(ActorKind.Organisation);
        fleet.Affiliation!.Name.Should().Be("Russia");
        fleet.Aliases.Select(a => a.Text).Should().BeEquivalentTo(["BSF", "Baltic Fleet HQ"]);
        var entry = (await AuditAsync(AuditEntities.Actor, fleet.Id)).Should().ContainSingle().Subject;
        entry.Action.Should().Be("created");
        entry.Before.Should().BeNull();
        entry.After.Should().Contain("\"affiliation\":\"Russia\"");
    }

    [Theory]
    [InlineData("", "The name is required.")]
    [InlineData("   ", "The name is required.")]
    [InlineData("!!! ---", "has no letters or digits")]
    [InlineData("Russia", "already an actor called")]
    public async Task A_missing_meaningless_or_taken_name_is_refused(string name, string message)
    {
        var result = await CreateAsync(name, ActorKind.Organisation);

        result.Status.Should().Be(CurationStatus.Invalid);
        result.Messages.Should().Contain(m => m.Contains(message));
    }

    [Fact]
    public async Task An_unknown_affiliation_is_refused_with_the_name_typed()
    {
        var result = await CreateAsync("Harbour Office", ActorKind.Organisation, "Atlantis");

        result.Messages.Should().ContainSingle().Which.Should().Contain("No actor is called “Atlantis”");
    }

    [Fact]
    public async Task An_alias_cannot_belong_to_two_actors()
    {
        var result = await CreateAsync("Kremlin Watchers", ActorKind.Organisation, null, "Kremlin");

        result.Status.Should().Be(CurationStatus.Invalid);
        result.Messages.Should().ContainSingle().Which.Should().Contain("“Kremlin” already names “Russia”");
        (await ActorAsync("Kremlin Watchers")).Should().BeNull();
    }

    [Fact]
    public async Task Renaming_gives_a_new_slug_and_keeps_the_old_one_leading_to_the_actor()
    {
        await CreateAsync("Harbour Office", ActorKind.Organisation);

        var result = await UpdateAsync("harbour-office", new ActorInput("Port Authority", ActorKind.Government, "Regulator", null, ["Harbour Office"]));

        result.Slug.Should().Be("port-authority");
        var renamed = (await ActorAsync("Port Authority"))!;
        renamed.Kind.Should().Be(ActorKind.Government);
        renamed.Aliases.Select(a => a.Text).Should().Equal("Harbour Office");
        (await InScopeAsync<ActorService, string?>(s => s.CurrentSlugAsync("harbour-office", default))).Should().Be("port-authority");
        var entry = (await AuditAsync(AuditEntities.Actor, renamed.Id)).Last();
        entry.Action.Should().Be("edited");
        entry.Before.Should().Contain("Harbour Office").And.Contain("\"kind\":\"Organisation\"");
        entry.After.Should().Contain("Port Authority").And.Contain("\"kind\":\"Government\"");
    }

    [Fact]
    public async Task Removing_an_alias_stops_later_imports_linking_it()
    {
        await CreateAsync("Ferry Union", ActorKind.Organisation, null, "Sailors");
        await UpdateAsync("ferry-union", new ActorInput("Ferry Union", ActorKind.Organisation, null, null, []));

        (await ActorAsync("Ferry Union"))!.Aliases.Should().BeEmpty();
        await CreateAsync("Sailors", ActorKind.Organisation);
        (await ActorAsync("Sailors")).Should().NotBeNull("the alias is free again");
    }

    [Fact]
    public async Task Saving_unchanged_writes_no_audit_entry()
    {
        await CreateAsync("Quiet Office", ActorKind.Organisation, null, "QO");
        var quiet = (await ActorAsync("Quiet Office"))!;

        (await UpdateAsync("quiet-office", new ActorInput("Quiet Office", ActorKind.Organisation, null, null, ["QO"]))).Succeeded.Should().BeTrue();

        (await AuditAsync(AuditEntities.Actor, quiet.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task Changing_a_speakers_affiliation_moves_their_quotes_in_the_actor_filter()
    {
        await AddArticleAsync("Ferry", "\u201CThe ferry will sail on time,\u201D Marta Lindqvist said on Monday.");
        await CreateAsync("Nordic Ferries", ActorKind.Organisation);

        await UpdateAsync("marta-lindqvist", new ActorInput("Marta Lindqvist", ActorKind.Person, "Chief executive", "Nordic Ferries", []));

        var found = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(new QuoteFilter(Actor: "nordic-ferries"), default));
        found.Items.Select(q => q.Text).Should().Equal("The ferry will sail on time");
        await ArchiveShouldHoldAsync();
    }

    [Fact]
    public async Task An_actor_with_quotes_is_not_deleted_and_the_message_says_to_merge()
    {
        await AddArticleAsync("Ferry", "\u201CThe ferry will sail on time,\u201D Marta Lindqvist said on Monday.");

        var result = await InScopeAsync<ActorCuration, CurationResult>(s => s.DeleteAsync("marta-lindqvist", Desk, default));

        result.Status.Should().Be(CurationStatus.Invalid);
        result.Messages.Should().ContainSingle().Which.Should().Contain("merge it into the actor it should be");
        (await ActorAsync("Marta Lindqvist")).Should().NotBeNull();
    }

    [Fact]
    public async Task Deleting_an_unused_actor_removes_it_and_its_affiliates_quotes_no_longer_list_it()
    {
        await AddArticleAsync("Ferry", "\u201CThe ferry will sail on time,\u201D Marta Lindqvist said on Monday.");
        await CreateAsync("Ferry Board", ActorKind.Organisation);
        await UpdateAsync("marta-lindqvist", new ActorInput("Marta Lindqvist", ActorKind.Person, null, "Ferry Board", []));
        var board = (await ActorAsync("Ferry Board"))!;

        var result = await InScopeAsync<ActorCuration, CurationResult>(s => s.DeleteAsync("ferry-board", Desk, default));

        result.Succeeded.Should().BeTrue();
        (await ActorAsync("Ferry Board")).Should().BeNull();
        (await ActorAsync("Marta Lindqvist"))!.Affiliation.Should().BeNull();
        await ArchiveShouldHoldAsync();
        var entry = (await AuditAsync(AuditEntities.Actor, board.Id)).Last();
        entry.Action.Should().Be("deleted");
        entry.Before.Should().Contain("Ferry Board");
        entry.After.Should().BeNull();
    }

    [Fact]
    public async Task Roles_keep_their_dates_and_two_people_can_hold_one_post_at_different_times()
    {
        await CreateAsync("Mark Rutte", ActorKind.Person);
        var held = new ActorRoleInput("Secretary-General", "NATO", new DateOnly(2014, 10, 1), new DateOnly(2024, 10, 1));
        (await InScopeAsync<ActorCuration, CurationResult>(s => s.AddRoleAsync("jens-stoltenberg", held, Desk, default))).Succeeded.Should().BeTrue();
        var now = new ActorRoleInput("Secretary-General", "nato", new DateOnly(2024, 10, 1), null);
        (await InScopeAsync<ActorCuration, CurationResult>(s => s.AddRoleAsync("mark-rutte", now, Desk, default))).Succeeded.Should().BeTrue();

        var stoltenberg = (await InScopeAsync<ActorService, ActorDetails?>(s => s.GetAsync("jens-stoltenberg", default)))!;
        var rutte = (await InScopeAsync<ActorService, ActorDetails?>(s => s.GetAsync("mark-rutte", default)))!;

        stoltenberg.Roles.Should().ContainSingle(r => r.Title == "Secretary-General" && r.Affiliation!.Name == "NATO" && r.To == new DateOnly(2024, 10, 1));
        rutte.Roles.Should().ContainSingle(r => r.From == new DateOnly(2024, 10, 1) && r.To == null);
    }

    [Fact]
    public async Task A_role_without_a_title_or_ending_before_it_starts_is_refused()
    {
        var untitled = new ActorRoleInput(" ", null, null, null);
        var backwards = new ActorRoleInput("Prime Minister", null, new DateOnly(2013, 10, 16), new DateOnly(2005, 10, 17));

        (await InScopeAsync<ActorCuration, CurationResult>(s => s.AddRoleAsync("jens-stoltenberg", untitled, Desk, default)))
            .Messages.Should().Contain("The role needs a title.");
        (await InScopeAsync<ActorCuration, CurationResult>(s => s.AddRoleAsync("jens-stoltenberg", backwards, Desk, default)))
            .Messages.Should().Contain("The role cannot end before it starts.");
    }

    [Fact]
    public async Task The_suspicious_list_holds_junk_names_with_their_reasons_and_leaves_real_ones_out()
    {
        await AddArticleAsync("Ferry", "\u201CThe ferry will sail on time,\u201D Marta Lindqvist said on Monday.");
        await CreateAsync("The", ActorKind.Organisation);
        await CreateAsync("Russia that", ActorKind.Country);
        await CreateAsync("P", ActorKind.Person);
        await CreateAsync("ministry of ports", ActorKind.Government);
        await CreateAsync(new string('x', 10) + " " + new string('y', 60), ActorKind.Organisation);

        // Every page: the reference actors nobody has quoted yet are listed too, more than one page of them.
        var items = new List<SuspiciousActor>();
        for (var number = 1; ; number++)
        {
            var current = await InScopeAsync<SuspiciousActors, PagedResult<SuspiciousActor>>(s => s.ListAsync(number, 100, default));
            items.AddRange(current.Items);
            if (current.Items.Count == 0 || items.Count >= current.Total)
            {
                break;
            }
        }

        var reasons = items.ToDictionary(a => a.Name, a => a.Reasons);
        reasons["The"].Should().Contain("a determiner or pronoun, not a name");
        reasons["Russia that"].Should().Contain("ends with “that”");
        reasons["P"].Should().Contain(["a single letter", "a person with a one-word name"]);
        reasons["ministry of ports"].Should().Contain("starts with a lower-case letter");
        reasons.Keys.Should().Contain(name => name.Length > 60);
        reasons.Should().NotContainKey("Marta Lindqvist", "a quoted person with a full name looks like a name");
        items.Should().OnlyContain(a => a.Reasons.Count > 0);
    }

    [Fact]
    public async Task The_suspicious_list_pages()
    {
        var first = await InScopeAsync<SuspiciousActors, PagedResult<SuspiciousActor>>(s => s.ListAsync(1, 2, default));
        var second = await InScopeAsync<SuspiciousActors, PagedResult<SuspiciousActor>>(s => s.ListAsync(2, 2, default));

        first.Total.Should().BeGreaterThan(2, "the reference actors nobody has quoted yet are listed");
        first.Items.Should().HaveCount(2);
        second.Items.Select(a => a.Id).Should().NotIntersectWith(first.Items.Select(a => a.Id));
    }

    [Fact]
    public async Task A_renamed_actor_links_by_its_new_name_in_later_imports()
    {
        await AddArticleAsync("Ferry", "\u201CThe ferry will sail on time,\u201D Marta Lindqvist said on Monday.");
        await UpdateAsync("marta-lindqvist", new ActorInput("Marta Lindqvist-Berg", ActorKind.Person, null, null, ["Marta Lindqvist"]));

        await AddArticleAsync("Ferry again", "\u201CThe second ferry sails at noon,\u201D Marta Lindqvist-Berg said on Tuesday.");

        (await SpeakerOfAsync("The second ferry")).Should().Be("Marta Lindqvist-Berg");
        await using var db = Database.CreateContext();
        (await db.Actors.CountAsync(a => a.Name.StartsWith("Marta"))).Should().Be(1);
        await ArchiveShouldHoldAsync();
    }
}
