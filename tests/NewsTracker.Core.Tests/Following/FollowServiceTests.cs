using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Following;

namespace NewsTracker.Core.Tests.Following;

public sealed class FollowServiceTests : FollowingTest
{
    [Fact]
    public async Task A_followed_speaker_shows_only_their_quotes_stored_since_the_follow_newest_first()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        await AddArticleAsync(("The ferry timetable stays as it is", Lindqvist));
        var lindqvist = await ActorIdAsync(Lindqvist);
        await FollowAsync(reader, FollowKind.Speaker, lindqvist);

        await AddArticleAsync(("The harbour fees go up in spring", Lindqvist), ("The bridge repairs are behind schedule", Okafor));
        await AddArticleAsync(("The night ferry returns in May", Lindqvist));

        var item = (await WatchlistAsync(reader)).Items.Should().ContainSingle().Subject;
        item.Kind.Should().Be(FollowKind.Speaker);
        item.Name.Should().Be(Lindqvist);
        item.Slug.Should().Be("marta-lindqvist");
        item.NewCount.Should().Be(2);
        item.Newest.Select(q => q.Text).Should().HaveCount(2).And.OnlyContain(t => t.StartsWith("The harbour fees") || t.StartsWith("The night ferry"));
    }

    [Fact]
    public async Task A_followed_topic_and_actor_count_their_own_new_quotes()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        await FollowAsync(reader, FollowKind.Topic, await TopicIdAsync("energy"));
        await FollowAsync(reader, FollowKind.Actor, await ActorIdAsync("Norway"));

        await AddArticleAsync(
            ("The gas pipeline under the bay will reopen next week", Lindqvist),
            ("Norway has offered to send its coast guard", Okafor),
            ("The ferry timetable stays as it is", Okafor));

        var items = (await WatchlistAsync(reader)).Items;
        items.Select(i => (i.Name, i.NewCount)).Should().Equal(("energy", 1), ("Norway", 1));
        items[0].Newest.Single().Text.Should().StartWith("The gas pipeline");
        items[1].Newest.Single().Text.Should().StartWith("Norway has offered");
    }

    [Fact]
    public async Task Marking_seen_covers_what_the_watchlist_showed_and_leaves_later_quotes_new()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        await AddArticleAsync(("The ferry timetable stays as it is", Lindqvist));
        await FollowAsync(reader, FollowKind.Speaker, await ActorIdAsync(Lindqvist));
        await AddArticleAsync(("The harbour fees go up in spring", Lindqvist));
        var shown = await WatchlistAsync(reader);
        shown.Items.Single().NewCount.Should().Be(1);

        await AddArticleAsync(("The night ferry returns in May", Lindqvist));
        var marked = await InScopeAsync<FollowService, bool>(s => s.MarkSeenAsync(reader, shown.Items.Single().FollowId, shown.SeenUpTo, default));

        marked.Should().BeTrue();
        var after = (await WatchlistAsync(reader)).Items.Single();
        after.NewCount.Should().Be(1, "the quote stored after the watchlist was read was not seen");
        after.Newest.Single().Text.Should().StartWith("The night ferry");
        after.LastSeenUtc.Should().Be(Database.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task Marking_all_seen_marks_every_follow_of_the_reader_and_no_one_elses()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var other = await CreateReaderAsync("other@newsroom.test");
        await AddArticleAsync(("The ferry timetable stays as it is", Lindqvist), ("The bridge repairs are behind schedule", Okafor));
        foreach (var who in new[] { reader, other })
        {
            await FollowAsync(who, FollowKind.Speaker, await ActorIdAsync(Lindqvist));
            await FollowAsync(who, FollowKind.Speaker, await ActorIdAsync(Okafor));
        }

        await AddArticleAsync(("The harbour fees go up in spring", Lindqvist), ("The tunnel opens in autumn", Okafor));
        var shown = await WatchlistAsync(reader);

        (await InScopeAsync<FollowService, bool>(s => s.MarkSeenAsync(reader, null, shown.SeenUpTo, default))).Should().BeTrue();

        (await WatchlistAsync(reader)).Items.Select(i => i.NewCount).Should().Equal(0, 0);
        (await WatchlistAsync(other)).Items.Select(i => i.NewCount).Should().Equal(1, 1);
        var othersFollow = (await WatchlistAsync(other)).Items[0].FollowId;
        (await InScopeAsync<FollowService, bool>(s => s.MarkSeenAsync(reader, othersFollow, shown.SeenUpTo, default))).Should().BeFalse();
        (await WatchlistAsync(other)).Items[0].NewCount.Should().Be(1);
    }

    [Fact]
    public async Task Following_twice_is_one_follow_and_unfollowing_ends_it()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var energy = await TopicIdAsync("energy");

        var first = await FollowAsync(reader, FollowKind.Topic, energy);
        var second = await FollowAsync(reader, FollowKind.Topic, energy);

        second.Should().Be(first);
        (await IsFollowingAsync(reader, FollowKind.Topic, energy)).Should().BeTrue();
        await InScopeAsync<FollowService, bool>(async s =>
        {
            await s.UnfollowAsync(reader, FollowKind.Topic, energy, default);
            return true;
        });
        (await IsFollowingAsync(reader, FollowKind.Topic, energy)).Should().BeFalse();
        (await WatchlistAsync(reader)).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Following_a_speaker_is_not_following_the_same_actor()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var norway = await ActorIdAsync("Norway");

        await FollowAsync(reader, FollowKind.Actor, norway);

        (await IsFollowingAsync(reader, FollowKind.Actor, norway)).Should().BeTrue();
        (await IsFollowingAsync(reader, FollowKind.Speaker, norway)).Should().BeFalse();
    }

    [Fact]
    public async Task Following_what_does_not_exist_is_not_found()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");

        var actor = await InScopeAsync<FollowService, FollowingResult>(s => s.FollowAsync(reader, FollowKind.Actor, 987_654, default));
        var topic = await InScopeAsync<FollowService, FollowingResult>(s => s.FollowAsync(reader, FollowKind.Topic, 987_654, default));

        actor.Problem.Should().Be(FollowingProblem.NotFound);
        topic.Problem.Should().Be(FollowingProblem.NotFound);
    }

    [Fact]
    public async Task A_watchlist_holds_at_most_its_limit()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        await using (var db = Database.CreateContext())
        {
            var ids = await db.Actors.OrderBy(a => a.Id).Select(a => a.Id).Take(Follow.MaxPerReader + 1).ToListAsync();
            ids.Should().HaveCount(Follow.MaxPerReader + 1, "the reference data has enough actors for this test");
            foreach (var id in ids.Take(Follow.MaxPerReader))
            {
                await FollowAsync(reader, FollowKind.Actor, id);
            }

            var over = await InScopeAsync<FollowService, FollowingResult>(s => s.FollowAsync(reader, FollowKind.Actor, ids[^1], default));
            over.Problem.Should().Be(FollowingProblem.Invalid);
        }
    }

    [Fact]
    public async Task Merging_an_actor_moves_its_followers_to_the_survivor()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var both = await CreateReaderAsync("both@newsroom.test");
        await AddArticleAsync(("The ferry timetable stays as it is", Lindqvist), ("The bridge repairs are behind schedule", Okafor));
        var lindqvist = await ActorIdAsync(Lindqvist);
        var okafor = await ActorIdAsync(Okafor);
        await FollowAsync(reader, FollowKind.Speaker, okafor);
        await FollowAsync(both, FollowKind.Speaker, okafor);
        await FollowAsync(both, FollowKind.Speaker, lindqvist);

        var merged = await InScopeAsync<ActorMerger, MergeResult>(s => s.MergeAsync("daniel-okafor", "marta-lindqvist", Editor.System, default));

        merged.Outcome.Succeeded.Should().BeTrue(string.Join(" ", merged.Outcome.Errors ?? []));
        (await IsFollowingAsync(reader, FollowKind.Speaker, lindqvist)).Should().BeTrue();
        (await WatchlistAsync(both)).Items.Should().ContainSingle().Which.TargetId.Should().Be(lindqvist);
    }

    [Fact]
    public async Task Deleting_an_account_or_a_topic_deletes_the_follows()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var other = await CreateReaderAsync("other@newsroom.test");
        var energy = await TopicIdAsync("energy");
        await FollowAsync(reader, FollowKind.Topic, energy);
        await FollowAsync(other, FollowKind.Actor, await ActorIdAsync("Norway"));

        await using var db = Database.CreateContext();
        await db.Users.Where(u => u.Id == other).ExecuteDeleteAsync();
        await db.Topics.Where(t => t.Id == energy).ExecuteDeleteAsync();

        (await db.Set<Follow>().CountAsync()).Should().Be(0);
    }

    private async Task<int> FollowAsync(string userId, FollowKind kind, int targetId)
    {
        var result = await InScopeAsync<FollowService, FollowingResult>(s => s.FollowAsync(userId, kind, targetId, default));
        result.Succeeded.Should().BeTrue(string.Join(' ', result.Errors));
        return result.Id!.Value;
    }

    private Task<bool> IsFollowingAsync(string userId, FollowKind kind, int targetId) =>
        InScopeAsync<FollowService, bool>(s => s.IsFollowingAsync(userId, kind, targetId, default));

    private Task<Watchlist> WatchlistAsync(string userId) =>
        InScopeAsync<FollowService, Watchlist>(s => s.WatchlistAsync(userId, 3, default));
}
