using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Following;

namespace NewsTracker.Core.Tests.Following;

public sealed class SavedSearchServiceTests : FollowingTest
{
    private const string GasSaid = "The gas pipeline under the bay will reopen next week";

    [Fact]
    public async Task A_saved_search_counts_only_matching_quotes_stored_after_it_was_saved()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        await AddArticleAsync(("The old gas terminal closes for good", Lindqvist));
        var saved = await SaveAsync(reader, "Energy", "topic=energy");

        await AddArticleAsync((GasSaid, Lindqvist), ("The ferry timetable stays as it is", Lindqvist));

        var row = (await ListAsync(reader)).Should().ContainSingle().Subject;
        row.Id.Should().Be(saved);
        row.Name.Should().Be("Energy");
        row.Query.Should().Be("topic=energy");
        row.NewCount.Should().Be(1);
        row.NewCountIsCapped.Should().BeFalse();
        row.Unknown.Should().BeEmpty();
    }

    [Fact]
    public async Task Opening_a_search_marks_what_is_stored_so_far_as_seen()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var saved = await SaveAsync(reader, "Lindqvist", "speaker=marta-lindqvist");
        await AddArticleAsync((GasSaid, Lindqvist));
        await AddArticleAsync(("The harbour fees go up in spring", Lindqvist));
        (await ListAsync(reader)).Single().NewCount.Should().Be(2);

        var query = await InScopeAsync<SavedSearchService, string?>(s => s.OpenAsync(reader, saved, default));

        query.Should().Be("speaker=marta-lindqvist");
        (await ListAsync(reader)).Single().NewCount.Should().Be(0);
        await AddArticleAsync(("The night ferry returns in May", Lindqvist));
        (await ListAsync(reader)).Single().NewCount.Should().Be(1);
    }

    [Fact]
    public async Task A_search_naming_what_the_archive_no_longer_has_says_so()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        await SaveAsync(reader, "Nobody", "speaker=nobody-of-that-name");

        var row = (await ListAsync(reader)).Single();

        row.NewCount.Should().Be(0);
        row.Unknown.Should().ContainSingle().Which.Should().Contain("nobody-of-that-name");
    }

    [Fact]
    public async Task Another_reader_can_neither_list_open_rename_delete_nor_make_a_feed_for_a_search()
    {
        var owner = await CreateReaderAsync("owner@newsroom.test");
        var other = await CreateReaderAsync("other@newsroom.test");
        var saved = await SaveAsync(owner, "Mine", "q=ferry");

        (await ListAsync(other)).Should().BeEmpty();
        (await InScopeAsync<SavedSearchService, string?>(s => s.OpenAsync(other, saved, default))).Should().BeNull();
        (await InScopeAsync<SavedSearchService, FollowingResult>(s => s.RenameAsync(other, saved, "Theirs", default))).Problem.Should().Be(FollowingProblem.NotFound);
        (await InScopeAsync<SavedSearchService, FollowingResult>(s => s.DeleteAsync(other, saved, default))).Problem.Should().Be(FollowingProblem.NotFound);
        (await InScopeAsync<SavedSearchService, NewFeedAddress?>(s => s.IssueFeedAsync(other, saved, default))).Should().BeNull();
        (await InScopeAsync<SavedSearchService, FollowingResult>(s => s.RevokeFeedAsync(other, saved, default))).Problem.Should().Be(FollowingProblem.NotFound);

        (await ListAsync(owner)).Should().ContainSingle().Which.Name.Should().Be("Mine");
    }

    [Fact]
    public async Task Renaming_and_deleting_change_only_the_owners_search()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var saved = await SaveAsync(reader, "First name", "q=ferry");
        var kept = await SaveAsync(reader, "Kept", "q=harbour");

        (await InScopeAsync<SavedSearchService, FollowingResult>(s => s.RenameAsync(reader, saved, "  Ferries  ", default))).Succeeded.Should().BeTrue();
        (await ListAsync(reader)).Select(r => r.Name).Should().Equal("Ferries", "Kept");

        (await InScopeAsync<SavedSearchService, FollowingResult>(s => s.DeleteAsync(reader, saved, default))).Succeeded.Should().BeTrue();
        (await ListAsync(reader)).Should().ContainSingle().Which.Id.Should().Be(kept);
    }

    [Theory]
    [InlineData(null, "Give the search a name.")]
    [InlineData("   ", "Give the search a name.")]
    public async Task A_search_needs_a_name(string? name, string message)
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");

        var result = await InScopeAsync<SavedSearchService, FollowingResult>(s => s.SaveAsync(reader, name, "q=ferry", default));

        result.Problem.Should().Be(FollowingProblem.Invalid);
        result.Errors.Should().Equal(message);
    }

    [Fact]
    public async Task A_name_or_query_too_long_and_a_search_past_the_most_one_keeps_are_refused()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");

        (await InScopeAsync<SavedSearchService, FollowingResult>(s => s.SaveAsync(reader, new string('n', SavedSearch.NameMaxLength + 1), "q=a", default)))
            .Errors.Should().Equal($"A search name can be at most {SavedSearch.NameMaxLength} characters.");
        (await InScopeAsync<SavedSearchService, FollowingResult>(s => s.SaveAsync(reader, "long", "q=" + new string('a', SavedSearch.QueryMaxLength), default)))
            .Problem.Should().Be(FollowingProblem.Invalid);
        for (var i = 0; i < SavedSearch.MaxPerReader; i++)
        {
            await SaveAsync(reader, $"Search {i}", "q=ferry");
        }

        var over = await InScopeAsync<SavedSearchService, FollowingResult>(s => s.SaveAsync(reader, "One more", "q=ferry", default));
        over.Problem.Should().Be(FollowingProblem.Invalid);
        over.Errors.Single().Should().Contain($"{SavedSearch.MaxPerReader} saved searches");
    }

    [Fact]
    public async Task A_feed_address_is_kept_only_as_its_sha256_and_reads_the_searchs_newest_quotes()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var saved = await SaveAsync(reader, "Energy", "topic=energy");
        await AddArticleAsync((GasSaid, Lindqvist), ("The ferry timetable stays as it is", Okafor));

        var address = (await InScopeAsync<SavedSearchService, NewFeedAddress?>(s => s.IssueFeedAsync(reader, saved, default)))!;

        address.Token.Should().StartWith(FeedToken.Marker).And.HaveLength(46);
        await using (var db = Database.CreateContext())
        {
            var stored = await db.Set<SavedSearch>().SingleAsync();
            stored.FeedHash.Should().Be(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(address.Token))).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
            stored.FeedPrefix.Should().Be(address.Token[..10]);
            (stored.FeedHash + stored.Query + stored.Name).Should().NotContain(address.Token);
        }

        var feed = await FeedAsync(address.Token);
        feed!.Name.Should().Be("Energy");
        feed.Entries.Should().ContainSingle().Which.Quote.Text.Should().StartWith(GasSaid);
        feed.Entries[0].AddedUtc.Should().Be(Database.Clock.GetUtcNow().UtcDateTime);
        (await ListAsync(reader)).Single().FeedPrefix.Should().Be(address.Token[..10]);
    }

    [Fact]
    public async Task A_revoked_address_reads_nothing_and_a_reissued_one_replaces_the_old()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var saved = await SaveAsync(reader, "Energy", "topic=energy");
        var first = (await InScopeAsync<SavedSearchService, NewFeedAddress?>(s => s.IssueFeedAsync(reader, saved, default)))!.Token;

        var second = (await InScopeAsync<SavedSearchService, NewFeedAddress?>(s => s.IssueFeedAsync(reader, saved, default)))!.Token;
        (await FeedAsync(first)).Should().BeNull("issuing a new address retires the old one");
        (await FeedAsync(second)).Should().NotBeNull();

        (await InScopeAsync<SavedSearchService, FollowingResult>(s => s.RevokeFeedAsync(reader, saved, default))).Succeeded.Should().BeTrue();
        (await FeedAsync(second)).Should().BeNull();
        (await ListAsync(reader)).Single().HasFeed.Should().BeFalse();
    }

    [Fact]
    public async Task The_feed_of_a_disabled_account_reads_nothing()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var saved = await SaveAsync(reader, "Energy", "topic=energy");
        var token = (await InScopeAsync<SavedSearchService, NewFeedAddress?>(s => s.IssueFeedAsync(reader, saved, default)))!.Token;

        await InScopeAsync<Core.Accounts.AccountService, Core.Accounts.AccountResult>(s => s.SetDisabledAsync("reader@newsroom.test", true, Core.Audit.Editor.System, default));

        (await FeedAsync(token)).Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("nf_")]
    [InlineData("nt_an-api-token-is-not-a-feed")]
    [InlineData("' OR 1=1 --")]
    public async Task Anything_but_an_issued_address_reads_nothing(string? token)
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        var saved = await SaveAsync(reader, "Energy", "topic=energy");
        await InScopeAsync<SavedSearchService, NewFeedAddress?>(s => s.IssueFeedAsync(reader, saved, default));

        (await FeedAsync(token)).Should().BeNull();
    }

    [Fact]
    public async Task Deleting_an_account_deletes_its_saved_searches()
    {
        var reader = await CreateReaderAsync("reader@newsroom.test");
        await SaveAsync(reader, "Energy", "topic=energy");

        await using var db = Database.CreateContext();
        await db.Users.Where(u => u.Id == reader).ExecuteDeleteAsync();

        (await db.Set<SavedSearch>().CountAsync()).Should().Be(0);
    }

    private async Task<int> SaveAsync(string userId, string name, string query)
    {
        var result = await InScopeAsync<SavedSearchService, FollowingResult>(s => s.SaveAsync(userId, name, query, default));
        result.Succeeded.Should().BeTrue(string.Join(' ', result.Errors));
        return result.Id!.Value;
    }

    private Task<List<SavedSearchRow>> ListAsync(string userId) =>
        InScopeAsync<SavedSearchService, List<SavedSearchRow>>(s => s.ListAsync(userId, FilterOf, default));

    private Task<SearchFeed?> FeedAsync(string? token) =>
        InScopeAsync<SavedSearchService, SearchFeed?>(s => s.FeedAsync(token, FilterOf, SavedSearchService.FeedSize, default));
}
