using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Tests.Statements;

public sealed class PositionChangeTests : PositionTest
{
    [Fact]
    public async Task Marking_a_statement_stores_the_note_and_who_marked_it_and_audits_it()
    {
        var id = await StatementIdAsync("We are ready");

        var result = await MarkAsync(id, "  From no plans to ready to deploy.  ");

        result.Succeeded.Should().BeTrue();
        await using var db = Database.CreateContext();
        var mark = await db.PositionChanges.SingleAsync(c => c.StatementId == id);
        mark.Note.Should().Be("From no plans to ready to deploy.");
        mark.MarkedBy.Should().Be(Desk.Label);
        mark.MarkedByUserId.Should().Be(Desk.UserId);
        mark.MarkedUtc.Should().Be(Database.Clock.GetUtcNow().UtcDateTime);
        var entry = (await AuditAsync(id)).Should().ContainSingle().Subject;
        entry.Action.Should().Be("marked change of position");
        entry.User.Should().Be(Desk.Label);
        entry.Summary.Should().Contain("Jens Stoltenberg");
        entry.After.Should().Contain("From no plans to ready to deploy.");
    }

    [Fact]
    public async Task Marking_a_marked_statement_again_edits_its_note_and_audits_the_edit()
    {
        var id = await StatementIdAsync("We are ready");
        await MarkAsync(id, "First note.");

        (await MarkAsync(id, "Second note.")).Succeeded.Should().BeTrue();

        await using var db = Database.CreateContext();
        (await db.PositionChanges.SingleAsync(c => c.StatementId == id)).Note.Should().Be("Second note.");
        var entries = await AuditAsync(id);
        entries.Select(e => e.Action).Should().Equal("marked change of position", "edited change of position");
        entries[1].Before.Should().Contain("First note.");
        entries[1].After.Should().Contain("Second note.");
    }

    [Fact]
    public async Task Unmarking_removes_the_mark_and_audits_what_it_said()
    {
        var id = await StatementIdAsync("We are ready");
        await MarkAsync(id, "A shift.");

        var result = await InScopeAsync<PositionChangeService, PositionChangeResult>(s => s.UnmarkAsync(id, Desk, default));

        result.Succeeded.Should().BeTrue();
        await using var db = Database.CreateContext();
        (await db.PositionChanges.AnyAsync()).Should().BeFalse();
        var entry = (await AuditAsync(id)).Last();
        entry.Action.Should().Be("unmarked change of position");
        entry.Before.Should().Contain("A shift.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_mark_without_a_note_is_refused_and_nothing_is_stored(string? note)
    {
        var id = await StatementIdAsync("We are ready");

        var result = await MarkAsync(id, note);

        result.Status.Should().Be(PositionChangeStatus.Invalid);
        result.Errors.Should().ContainSingle().Which.Should().Contain("note");
        await using var db = Database.CreateContext();
        (await db.PositionChanges.AnyAsync()).Should().BeFalse();
        (await AuditAsync(id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_note_longer_than_the_limit_is_refused()
    {
        var id = await StatementIdAsync("We are ready");

        var result = await MarkAsync(id, new string('x', PositionChange.NoteMaxLength + 1));

        result.Status.Should().Be(PositionChangeStatus.Invalid);
        result.Errors.Single().Should().Contain("1,000");
    }

    [Fact]
    public async Task Marking_or_unmarking_what_is_not_there_says_so()
    {
        var id = await StatementIdAsync("We are ready");

        (await MarkAsync(999_999, "A shift.")).Status.Should().Be(PositionChangeStatus.NotFound);
        var unmark = await InScopeAsync<PositionChangeService, PositionChangeResult>(s => s.UnmarkAsync(id, Desk, default));
        unmark.Status.Should().Be(PositionChangeStatus.NotFound);
        unmark.Errors.Single().Should().Contain("not marked");
    }

    [Fact]
    public async Task The_timeline_shows_the_mark_on_its_statement()
    {
        var id = await StatementIdAsync("We are ready");
        await MarkAsync(id, "A shift.");

        var timeline = await InScopeAsync<PositionService, PositionTimeline?>(s => s.TimelineAsync(SpeakerId, "troop-deployment", 1, 30, default));

        timeline!.Statements.Items.Where(s => s.Change is not null).Should().ContainSingle()
            .Which.Should().Match<PositionStatement>(s => s.Id == id && s.Change!.Note == "A shift." && s.Change.MarkedBy == Desk.Label);
    }

    [Fact]
    public async Task The_changes_list_has_every_speakers_marks_newest_statement_first_and_undated_last()
    {
        var ready = await StatementIdAsync("We are ready");
        var noPlans = await StatementIdAsync("We have no plans");
        var baltic = await StatementIdAsync("Our troops");
        var gas = await StatementIdAsync("We need to diversify");
        foreach (var id in new[] { baltic, noPlans, gas, ready })
        {
            await MarkAsync(id, $"Note {id}.");
        }

        var all = await ListAsync(new PositionChangeQuery());

        all.Unknown.Should().BeEmpty();
        all.Changes.Items.Select(c => c.StatementId).Should().Equal(ready, gas, noPlans, baltic);
        var first = all.Changes.Items[0];
        first.Speaker!.Name.Should().Be("Jens Stoltenberg");
        first.FirstReport!.Article.Title.Should().Be("Shift");
        first.Change.Note.Should().Be($"Note {ready}.");
        first.Topics.Select(t => t.Slug).Should().Contain("troop-deployment");
    }

    [Fact]
    public async Task The_changes_list_filters_by_speaker_and_topic_and_pages()
    {
        var ready = await StatementIdAsync("We are ready");
        var gas = await StatementIdAsync("We need to diversify");
        await MarkAsync(ready, "A shift.");
        await MarkAsync(gas, "New subject.");

        var energy = await ListAsync(new PositionChangeQuery(Speaker: "Stoltenberg", Topic: "energy"));
        var secondPage = await ListAsync(new PositionChangeQuery(Page: 2, PageSize: 1));

        energy.Changes.Items.Select(c => c.StatementId).Should().Equal(gas);
        secondPage.Changes.Items.Select(c => c.StatementId).Should().Equal(gas);
        secondPage.Changes.Total.Should().Be(2);
    }

    [Fact]
    public async Task An_unknown_speaker_or_topic_in_the_changes_filter_is_said()
    {
        var list = await ListAsync(new PositionChangeQuery(Speaker: "Nobody Atall", Topic: "knitting"));

        list.Changes.Items.Should().BeEmpty();
        list.Unknown.Select(u => u.Message).Should().Equal("No speaker called “Nobody Atall”.", "No topic called “knitting”.");
    }

    [Fact]
    public async Task A_mark_stays_with_its_statement_when_the_article_is_edited()
    {
        var id = await StatementIdAsync("We are ready");
        Database.Clock.Advance(TimeSpan.FromMilliseconds(1_234.5));
        var markedAt = Database.Clock.GetUtcNow().UtcDateTime;
        await MarkAsync(id, "A shift.");
        Database.Clock.Advance(TimeSpan.FromMinutes(5));
        var articleId = await ArticleIdAsync("Shift");
        var edit = (await InScopeAsync<ArticleEditor, ArticleEdit?>(e => e.GetForEditAsync(articleId, default)))!;

        var result = await InScopeAsync<ArticleEditor, ArticleChangeResult>(e => e.UpdateAsync(
            articleId, new NewArticle("Shift, corrected", edit.Body, edit.Outlet, edit.Url, edit.Author, edit.PublishedUtc), edit.Version, Desk, default));

        result.Status.Should().Be(ArticleChangeStatus.Changed);
        var now = await StatementIdAsync("We are ready");
        now.Should().NotBe(id, "re-extraction matched the quote to a statement made afresh");
        await using var db = Database.CreateContext();
        var mark = await db.PositionChanges.SingleAsync();
        mark.StatementId.Should().Be(now);
        mark.Note.Should().Be("A shift.");
        mark.MarkedBy.Should().Be(Desk.Label);
        mark.MarkedByUserId.Should().Be(Desk.UserId);
        mark.MarkedUtc.Should().Be(markedAt, "the mark keeps when it was made, not when the article was edited");
    }

    [Fact]
    public async Task Deleting_the_only_article_of_a_marked_statement_deletes_the_mark_with_it()
    {
        var id = await StatementIdAsync("We are ready");
        await MarkAsync(id, "A shift.");
        var articleId = await ArticleIdAsync("Shift");

        await InScopeAsync<ArticleEditor, DeletedArticle?>(e => e.DeleteAsync(articleId, Desk, default));

        await using var db = Database.CreateContext();
        (await db.Statements.AnyAsync(s => s.Id == id)).Should().BeFalse();
        (await db.PositionChanges.AnyAsync()).Should().BeFalse();
    }

    private Task<PositionChangeResult> MarkAsync(int id, string? note) =>
        InScopeAsync<PositionChangeService, PositionChangeResult>(s => s.MarkAsync(id, note, Desk, default));

    private Task<PositionChangeList> ListAsync(PositionChangeQuery query) =>
        InScopeAsync<PositionChangeService, PositionChangeList>(s => s.ListAsync(query, default));
}
