using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Tests.Statements;

public sealed class ProvenanceTests : PositionTest
{
    [Fact]
    public async Task The_first_report_is_the_earliest_dated_one_whatever_the_order_articles_were_added()
    {
        var provenance = await ProvenanceAsync("We have no plans");

        provenance.FirstReport!.Article.Title.Should().Be("Wire");
        provenance.FirstReport.Article.Outlet.Should().Be("Reuters");
        provenance.FirstReport.ReportedUtc.Should().Be(January10);
        provenance.FirstReportedUtc.Should().Be(January10);
    }

    [Fact]
    public async Task Later_reports_follow_in_date_order_with_undated_ones_last_and_marked_undated()
    {
        var provenance = await ProvenanceAsync("We have no plans");

        provenance.LaterReports.Select(r => (r.Article.Title, r.Article.Outlet)).Should().Equal(
            ("Reprint", "AP"), ("Excerpt", "Reuters"), ("Undated reprint", "Daily Wire"));
        provenance.LaterReports.Select(r => r.Undated).Should().Equal(false, false, true);
        provenance.LaterReports[^1].ReportedUtc.Should().Be(ReportedDate.Undated);
        provenance.ArticleCount.Should().Be(4);
        provenance.OutletCount.Should().Be(3);
    }

    [Fact]
    public async Task Each_other_wording_is_diffed_against_the_fullest()
    {
        var provenance = await ProvenanceAsync("We have no plans");

        provenance.Fullest.Should().Be(NoPlans);
        var variant = provenance.Wordings.Should().ContainSingle().Subject;
        variant.Text.Should().Be(Excerpt);
        variant.ReportCount.Should().Be(1);
        variant.AgainstFullest.Should().Equal(
            new DiffPiece(Excerpt, DiffChange.Kept),
            new DiffPiece(", and that has not changed", DiffChange.Removed));
        provenance.LaterReports.Single(r => r.Article.Title == "Excerpt").Wording.Should().Be(1);
        provenance.LaterReports.Where(r => r.Article.Title != "Excerpt").Should().OnlyContain(r => r.Wording == 0);
        provenance.FirstReport!.Wording.Should().Be(0);
    }

    [Fact]
    public async Task A_statement_reported_once_has_no_later_reports_or_other_wordings()
    {
        var provenance = await ProvenanceAsync("We are ready");

        provenance.FirstReport!.Article.Title.Should().Be("Shift");
        provenance.LaterReports.Should().BeEmpty();
        provenance.Wordings.Should().BeEmpty();
        provenance.Speaker!.Slug.Should().Be("jens-stoltenberg");
    }

    [Fact]
    public async Task An_unknown_statement_has_no_provenance()
    {
        (await InScopeAsync<ProvenanceService, StatementProvenance?>(s => s.GetAsync(999_999, default))).Should().BeNull();
    }

    private async Task<StatementProvenance> ProvenanceAsync(string startsWith)
    {
        var id = await StatementIdAsync(startsWith);
        return (await InScopeAsync<ProvenanceService, StatementProvenance?>(s => s.GetAsync(id, default)))!;
    }
}
