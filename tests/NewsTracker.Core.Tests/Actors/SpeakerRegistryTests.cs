using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Actors;

// The registry on its own, fed speakers as the extractor names them.
public sealed class SpeakerRegistryTests : DatabaseTest
{
    [Theory]
    [InlineData("Jens Stoltenberg")]
    [InlineData("Stoltenberg")]
    [InlineData("jens stoltenberg")]
    public async Task A_known_person_by_name_or_surname_resolves_to_the_seeded_actor(string name)
    {
        var actor = await ResolveAsync(new ExtractedSpeaker(name, ActorKind.Person, null, null));

        actor!.Name.Should().Be("Jens Stoltenberg");
        actor.Id.Should().NotBe(0);
    }

    [Fact]
    public async Task An_organisation_alias_resolves_to_the_organisation()
    {
        var actor = await ResolveAsync(new ExtractedSpeaker("the Kremlin", ActorKind.Government, null, null));

        actor!.Name.Should().Be("Russia");
    }

    [Fact]
    public async Task A_new_person_becomes_an_actor_with_the_role_and_affiliation_given()
    {
        var actor = await ResolveAsync(new ExtractedSpeaker("Sergei Ryabkov", ActorKind.Person, "Deputy Foreign Minister", "Russia"));

        await using var db = Database.CreateContext();
        var stored = await db.Actors.Include(a => a.Affiliation).SingleAsync(a => a.Id == actor!.Id);
        stored.Name.Should().Be("Sergei Ryabkov");
        stored.Slug.Should().Be("sergei-ryabkov");
        stored.Kind.Should().Be(ActorKind.Person);
        stored.Role.Should().Be("Deputy Foreign Minister");
        stored.Affiliation!.Name.Should().Be("Russia");
        stored.CreatedUtc.Should().Be(TestDatabase.StartTime.UtcDateTime);
    }

    [Fact]
    public async Task An_affiliation_written_as_an_alias_links_to_the_actor()
    {
        var actor = await ResolveAsync(new ExtractedSpeaker("Sergei Ryabkov", ActorKind.Person, "Deputy Foreign Minister", "Moscow"));

        actor!.Affiliation!.Name.Should().Be("Russia");
    }

    [Fact]
    public async Task A_surname_shared_by_two_known_people_is_left_unlinked()
    {
        await ResolveAsync(new ExtractedSpeaker("Chris Murphy", ActorKind.Person, "Senator", "United States"));
        await ResolveAsync(new ExtractedSpeaker("Simon Murphy", ActorKind.Person, "Minister", "United Kingdom"));

        var actor = await ResolveAsync(new ExtractedSpeaker("Murphy", ActorKind.Person, null, null));

        actor.Should().BeNull();
    }

    [Fact]
    public async Task A_shared_surname_with_an_affiliation_picks_the_person_of_that_affiliation()
    {
        await ResolveAsync(new ExtractedSpeaker("Chris Murphy", ActorKind.Person, "Senator", "United States"));
        await ResolveAsync(new ExtractedSpeaker("Simon Murphy", ActorKind.Person, "Minister", "United Kingdom"));

        var actor = await ResolveAsync(new ExtractedSpeaker("Murphy", ActorKind.Person, null, "United Kingdom"));

        actor!.Name.Should().Be("Simon Murphy");
    }

    [Fact]
    public async Task Two_people_with_one_surname_are_two_actors()
    {
        var chris = await ResolveAsync(new ExtractedSpeaker("Chris Murphy", ActorKind.Person, "Senator", "United States"));
        var simon = await ResolveAsync(new ExtractedSpeaker("Simon Murphy", ActorKind.Person, "Minister", "United Kingdom"));

        simon!.Id.Should().NotBe(chris!.Id);
    }

    [Fact]
    public async Task A_person_first_seen_by_surname_takes_the_full_name_when_an_article_gives_it()
    {
        var first = await ResolveAsync(new ExtractedSpeaker("Ryabkov", ActorKind.Person, null, null));

        var later = await ResolveAsync(new ExtractedSpeaker("Sergei Ryabkov", ActorKind.Person, "Deputy Foreign Minister", "Russia"));

        later!.Id.Should().Be(first!.Id);
        await using var db = Database.CreateContext();
        var stored = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Id == first.Id);
        stored.Name.Should().Be("Sergei Ryabkov");
        stored.Role.Should().Be("Deputy Foreign Minister");
        stored.Aliases.Select(a => a.Text).Should().Contain("Ryabkov");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("—")]
    [InlineData("...")]
    public async Task A_speaker_name_without_words_is_left_unlinked(string name)
    {
        var actor = await ResolveAsync(new ExtractedSpeaker(name, ActorKind.Person, null, null));

        actor.Should().BeNull();
    }

    [Theory]
    [InlineData("Analysts", ActorKind.Person)]
    [InlineData("The", ActorKind.Organisation)]
    [InlineData("Russia that", ActorKind.Country)]
    [InlineData("Ministry", ActorKind.Organisation)]
    public async Task A_name_that_is_no_name_makes_no_actor(string name, ActorKind kind)
    {
        var actor = await ResolveAsync(new ExtractedSpeaker(name, kind, null, null));

        actor.Should().BeNull();
        await using var db = Database.CreateContext();
        (await db.Actors.CountAsync(a => a.Name == name)).Should().Be(0);
    }

    [Fact]
    public async Task A_junk_role_and_affiliation_are_not_stored_with_a_new_person()
    {
        var actor = await ResolveAsync(new ExtractedSpeaker("Pekka Lindholm", ActorKind.Person, "Sanctions", "Office"));

        actor!.Role.Should().BeNull();
        actor.Affiliation.Should().BeNull();
        await using var db = Database.CreateContext();
        (await db.Actors.CountAsync(a => a.Name == "Office")).Should().Be(0);
    }

    [Fact]
    public async Task The_articles_own_outlet_is_never_its_speaker()
    {
        var actor = await ResolveAsync(new ExtractedSpeaker("Fjord Courant", ActorKind.Organisation, null, null), outlet: "The Fjord Courant");

        actor.Should().BeNull();
        await using var db = Database.CreateContext();
        (await db.Actors.AnyAsync(a => a.Name == "Fjord Courant")).Should().BeFalse();
    }

    [Fact]
    public async Task A_first_name_alone_makes_no_actor_but_a_surname_alone_finds_its_person()
    {
        await ResolveAsync(new ExtractedSpeaker("Walter Thomas", ActorKind.Person, "Senator", null));

        (await ResolveAsync(new ExtractedSpeaker("Margaret", ActorKind.Person, "President", null))).Should().BeNull();
        (await ResolveAsync(new ExtractedSpeaker("Thomas", ActorKind.Person, null, null)))!.Name.Should().Be("Walter Thomas");
        await using var db = Database.CreateContext();
        (await db.Actors.AnyAsync(a => a.Name == "Margaret")).Should().BeFalse();
    }

    [Fact]
    public async Task An_editors_new_name_is_taken_as_typed()
    {
        var actor = await ResolveAsync(new ExtractedSpeaker("Analysts", ActorKind.Person, null, null), editorsChoice: true);

        actor!.Name.Should().Be("Analysts");
    }

    // One batch per call, stored and committed, as one article per request is.
    private async Task<Actor?> ResolveAsync(ExtractedSpeaker speaker, bool editorsChoice = false, string? outlet = null)
    {
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<ArchiveDirectory>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await directory.RefreshAsync(db, default);
        var batch = new ArchiveBatch();
        var registry = new SpeakerRegistry(directory.Actors, batch, Database.Clock.GetUtcNow().UtcDateTime, NullLogger.Instance);
        var actor = registry.Resolve(speaker, editorsChoice, outlet);
        await scope.ServiceProvider.GetRequiredService<IArchiveStore>().WriteAsync(db, batch, default);
        await transaction.CommitAsync();
        directory.Committed(batch.NewActors, batch.NewAliases);
        return actor;
    }
}
