using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Data;

public sealed class DatabaseInitializerTests : DatabaseTest
{
    public static TheoryData<string, ActorKind, string[]> ReferenceActors => new()
    {
        { "United States", ActorKind.Country, ["U.S.", "US", "USA", "America", "Washington"] },
        { "Russia", ActorKind.Country, ["Moscow", "Kremlin", "Russian"] },
        { "Ukraine", ActorKind.Country, ["Kyiv", "Kiev", "Ukrainian"] },
        { "NATO", ActorKind.Organisation, ["the alliance", "North Atlantic Treaty Organization"] },
    };

    [Theory]
    [MemberData(nameof(ReferenceActors))]
    public async Task A_fresh_database_has_the_reference_actor_with_its_aliases(string name, ActorKind kind, string[] aliases)
    {
        await using var db = Database.CreateContext();

        var actor = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Name == name);

        actor.Kind.Should().Be(kind);
        actor.Aliases.Select(a => a.Text).Should().Contain(aliases);
    }

    [Fact]
    public async Task A_fresh_database_has_Jens_Stoltenberg_as_NATO_Secretary_General()
    {
        await using var db = Database.CreateContext();

        var stoltenberg = await db.Actors.Include(a => a.Affiliation).SingleAsync(a => a.Name == "Jens Stoltenberg");

        stoltenberg.Kind.Should().Be(ActorKind.Person);
        stoltenberg.Role.Should().Be("Secretary-General");
        stoltenberg.Affiliation!.Name.Should().Be("NATO");
    }

    [Fact]
    public async Task A_fresh_database_has_the_seven_required_topics()
    {
        await using var db = Database.CreateContext();

        var topics = await db.Topics.Select(t => t.Name).ToListAsync();

        topics.Should().Contain(
            ["energy", "troop deployment", "diplomacy", "alliance membership", "sanctions", "security guarantees", "military aid"]);
    }

    [Fact]
    public async Task Every_seeded_topic_has_keywords()
    {
        await using var db = Database.CreateContext();

        var topics = await db.Topics.ToListAsync();

        topics.Should().OnlyContain(t => t.Keywords.Count > 0);
    }

    [Fact]
    public async Task Seeded_reference_data_gets_the_clock_time()
    {
        await using var db = Database.CreateContext();

        var created = await db.Actors.Select(a => a.CreatedUtc).Distinct().ToListAsync();

        created.Should().Equal(TestDatabase.StartTime.UtcDateTime);
    }

    [Fact]
    public async Task Initializing_twice_does_not_duplicate_reference_data()
    {
        int actors, aliases, topics;
        await using (var db = Database.CreateContext())
        {
            (actors, aliases, topics) = (await db.Actors.CountAsync(), await db.ActorAliases.CountAsync(), await db.Topics.CountAsync());
        }

        await Database.InitializeAsync();

        await using var after = Database.CreateContext();
        (await after.Actors.CountAsync()).Should().Be(actors);
        (await after.ActorAliases.CountAsync()).Should().Be(aliases);
        (await after.Topics.CountAsync()).Should().Be(topics);
    }

    [Fact]
    public async Task Initializing_again_keeps_an_editors_topic_edits()
    {
        await using (var db = Database.CreateContext())
        {
            var energy = await db.Topics.SingleAsync(t => t.Slug == "energy");
            energy.Keywords = ["hydrogen"];
            await db.SaveChangesAsync();
        }

        await Database.InitializeAsync();

        await using var after = Database.CreateContext();
        (await after.Topics.SingleAsync(t => t.Slug == "energy")).Keywords.Should().Equal("hydrogen");
    }
}
