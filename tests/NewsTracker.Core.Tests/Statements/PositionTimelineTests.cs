using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Tests.Statements;

public sealed class PositionTimelineTests : PositionTest
{
    [Fact]
    public async Task The_timeline_lists_the_speakers_statements_on_the_topic_in_the_order_first_said_undated_last()
    {
        var timeline = await TimelineAsync("troop-deployment");

        timeline!.Topic.Name.Should().Be("troop deployment");
        timeline.Statements.Items.Select(s => s.Text).Should().Equal(NoPlans, Ready, Baltic);
        timeline.Statements.Total.Should().Be(3);
        timeline.Statements.Items.Select(s => s.FirstReportedUtc).Should().Equal(January10, March1, ReportedDate.Undated);
    }

    [Fact]
    public async Task Each_statement_names_its_first_report_and_counts_the_outlets_and_articles_that_carried_it()
    {
        var first = (await TimelineAsync("troop-deployment"))!.Statements.Items[0];

        first.FirstReport!.Article.Title.Should().Be("Wire");
        first.FirstReport.Article.Outlet.Should().Be("Reuters");
        first.FirstReport.ReportedUtc.Should().Be(January10);
        first.ArticleCount.Should().Be(4);
        first.OutletCount.Should().Be(3, "Reuters carried it twice, AP and Daily Wire once each");
    }

    [Fact]
    public async Task Each_statement_after_the_first_is_diffed_word_by_word_against_the_one_before()
    {
        var items = (await TimelineAsync("troop-deployment"))!.Statements.Items;

        items[0].SincePrevious.Should().BeNull();
        items[1].SincePrevious.Should().Equal(
            new DiffPiece("We ", DiffChange.Kept),
            new DiffPiece("have no plans", DiffChange.Removed),
            new DiffPiece("are ready", DiffChange.Added),
            new DiffPiece(" to deploy NATO combat troops to ", DiffChange.Kept),
            new DiffPiece("Ukraine, and that has not changed", DiffChange.Removed),
            new DiffPiece("the eastern flank of the alliance", DiffChange.Added));
        string.Concat(items[2].SincePrevious!.Where(p => p.Change != DiffChange.Removed).Select(p => p.Text)).Should().Be(Baltic);
    }

    [Fact]
    public async Task A_later_page_diffs_its_first_statement_against_the_last_of_the_page_before()
    {
        var page = (await TimelineAsync("troop-deployment", page: 2, pageSize: 1))!.Statements;

        page.Items.Should().ContainSingle().Which.Text.Should().Be(Ready);
        page.Items[0].SincePrevious.Should().Contain(new DiffPiece("have no plans", DiffChange.Removed));
        page.PageCount.Should().Be(3);
    }

    [Fact]
    public async Task Statements_on_other_topics_stay_off_the_timeline()
    {
        var energy = await TimelineAsync("energy");

        energy!.Statements.Items.Select(s => s.Text).Should().Equal(Gas);
        energy.Statements.Items[0].SincePrevious.Should().BeNull();
    }

    [Fact]
    public async Task An_unknown_topic_is_no_timeline()
    {
        (await TimelineAsync("no-such-topic")).Should().BeNull();
    }

    [Fact]
    public async Task The_speakers_topics_count_statements_not_reports()
    {
        var topics = await InScopeAsync<PositionService, IReadOnlyList<SpeakerTopic>>(s => s.TopicsAsync(SpeakerId, default));

        topics.Should().ContainSingle(t => t.Slug == "troop-deployment").Which.StatementCount.Should().Be(3);
        topics.Should().ContainSingle(t => t.Slug == "energy").Which.StatementCount.Should().Be(1);
        topics[0].Slug.Should().Be("troop-deployment", "the topic with most statements comes first");
    }

    private Task<PositionTimeline?> TimelineAsync(string topic, int page = 1, int pageSize = 30) =>
        InScopeAsync<PositionService, PositionTimeline?>(s => s.TimelineAsync(SpeakerId, topic, page, pageSize, default));
}
