using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Articles;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// Issue 9: a speaker's position timeline on a topic, changes of position marked by editors, and how a
// statement travelled. The seed's troops statement (WION, 31 Jan 2022) plus articles of our own.
public sealed class PositionPageTests(PositionPageTests.PositionsFactory factory) : IClassFixture<PositionPageTests.PositionsFactory>
{
    private const string Timeline = "/Speakers/jens-stoltenberg/Positions?topic=troop-deployment";
    private const string Ready = "We are ready to deploy NATO combat troops to the eastern flank of the alliance";
    private const string Script = "Troops will deploy under the <script>alert(1)</script> plan for the eastern flank";
    private const string Excerpt = "We have no plans to deploy NATO combat troops to Ukraine…we are focusing on providing support";

    public sealed class PositionsFactory : NewsTrackerFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await AddAsync("Allies ready to deploy, says Stoltenberg", "BBC", new DateTime(2022, 3, 1), $"“{Ready},” Jens Stoltenberg said on Tuesday.");
            await AddAsync("A plan for the flank", "Reuters", new DateTime(2022, 3, 5), $"“{Script},” Jens Stoltenberg said.");
            await AddAsync("Stoltenberg repeats his line", "AP", new DateTime(2022, 2, 2), $"Allies met again. “{Excerpt},” Stoltenberg told reporters.");
            await AddAsync("NATO chief on Ukraine", "Daily Wire", null, $"The alliance met once more. “{Excerpt},” Stoltenberg said.");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private async Task AddAsync(string title, string outlet, DateTime? published, string body)
        {
            await using var scope = Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ArticleService>().AddAsync(
                new NewArticle(title, body, outlet, PublishedUtc: published is { } day ? DateTime.SpecifyKind(day, DateTimeKind.Utc) : null), default);
            result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
        }
    }

    [Fact]
    public async Task The_speaker_page_links_to_the_positions_and_without_a_topic_they_offer_the_speakers_topics()
    {
        var client = factory.CreateClient();

        var speaker = await client.GetDocumentAsync("/Speakers/jens-stoltenberg");
        var href = speaker.QuerySelector("a.positions-link")!.GetAttribute("href")!;
        var topics = await client.GetDocumentAsync(href);

        href.Should().Be("/Speakers/jens-stoltenberg/Positions");
        var troops = topics.QuerySelectorAll(".position-topics li").Single(li => li.QuerySelector("a").Text() == "troop deployment");
        troops.QuerySelector("a")!.GetAttribute("href").Should().Be(Timeline);
        troops.Text().Should().Contain("4 statements", "the seed's direct and reported statements, and two of ours");
        topics.QuerySelectorAll(".position-topics a").Select(a => a.Text()).Should().Contain("energy");
    }

    [Fact]
    public async Task The_timeline_lists_the_statements_in_the_order_first_said_with_first_report_and_outlets()
    {
        var page = await factory.CreateClient().GetDocumentAsync(Timeline);

        page.QuerySelector("h1").Text().Should().Be("Jens Stoltenberg on troop deployment");
        var entries = Entries(page);
        entries.Select(e => e.QuerySelector(".statement-card .quote-text").Text()).Should().SatisfyRespectively(
            seed => seed.Should().StartWith(TestArticles.SeedTroopsQuote),
            reported => reported.Should().Contain("has no plans to deploy troops on the ground"),
            ready => ready.Should().Be(Ready),
            script => script.Should().Be(Script));
        var seedMeta = entries[0].QuerySelector(".statement-meta")!;
        seedMeta.QuerySelector("time")!.GetAttribute("datetime").Should().Be("2022-01-31");
        seedMeta.QuerySelector(".outlet").Text().Should().Be("WION");
        seedMeta.QuerySelector("a.first-report")!.GetAttribute("href").Should().StartWith("/Articles/");
        seedMeta.QuerySelector(".carried").Text().Should().Be("carried by 3 outlets (3 articles)");
        entries[0].QuerySelector(".position-diff").Should().BeNull("the first statement has nothing before it");
    }

    [Fact]
    public async Task Between_consecutive_statements_a_word_diff_shows_the_shift_of_line()
    {
        var page = await factory.CreateClient().GetDocumentAsync(Timeline);

        var diff = Entry(page, Ready).QuerySelector(".position-diff .word-diff")!;
        diff.QuerySelectorAll("del").Select(d => d.Text()).Should().Contain(d => d.Contains("no plans"));
        diff.QuerySelectorAll("ins").Select(i => i.Text()).Should().Contain(i => i.Contains("ready"));
        diff.QuerySelectorAll("del, ins").Select(e => e.Text()).Should().NotContain(e => e.Contains("deploy"), "the words both say are not marked");
        diff.Text().Should().Contain("to deploy");
    }

    [Fact]
    public async Task A_statement_containing_script_stays_text_in_the_quote_and_in_the_diff()
    {
        using var response = await factory.CreateClient().GetAsync(Timeline);
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(html);

        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        var last = Entry(page, Script);
        last.QuerySelector(".word-diff")!.Text().Should().Contain("<script>alert(1)</script>");
        last.QuerySelectorAll("script").Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_speaker_is_a_404_and_an_unknown_topic_says_so_with_the_topics_there_are()
    {
        var client = factory.CreateClient();

        using var speaker = await client.GetAsync("/Speakers/nobody-by-this-name/Positions?topic=energy");
        using var topic = await client.GetAsync("/Speakers/jens-stoltenberg/Positions?topic=%3Cb%3Eknitting%3C%2Fb%3E");

        speaker.StatusCode.Should().Be(HttpStatusCode.NotFound);
        topic.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var page = await Html.ParseAsync(topic);
        page.QuerySelector(".unknown-topic").Text().Should().StartWith("No topic called “<b>knitting</b>”.");
        page.QuerySelector(".unknown-topic b").Should().BeNull("the topic is shown as text");
        page.QuerySelectorAll(".position-topics a").Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_analyst_cannot_mark_a_change_of_position()
    {
        var analyst = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var page = await analyst.GetDocumentAsync(Timeline);
        var id = StatementId(Entry(page, Script));

        page.QuerySelectorAll("form.mark-form").Should().BeEmpty("only editors see the forms");
        using var response = await analyst.PostFormAsync(Timeline, Fields(id, "Not mine to say."), "&handler=Mark");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/Account/Denied");
        (await analyst.GetDocumentAsync($"/Statements/{id}")).QuerySelector(".changes-badge").Should().BeNull();
    }

    [Fact]
    public async Task An_editor_marks_a_change_of_position_from_the_timeline_and_analysts_see_it_listed_then_it_is_unmarked()
    {
        var editor = await factory.CreateEditorClientAsync();
        var id = StatementId(Entry(await editor.GetDocumentAsync(Timeline), Ready));

        using var marked = await editor.PostFormAsync(Timeline, Fields(id, "From “no plans” to “ready to deploy”."), "&handler=Mark");

        marked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        marked.Headers.Location!.ToString().Should().Be($"{Timeline}#statement-{id}");
        var timeline = await editor.GetDocumentAsync(Timeline);
        timeline.QuerySelector(".status-message").Text().Should().Be("Marked as a change of position.");
        var entry = timeline.GetElementById($"statement-{id}")!;
        entry.QuerySelector(".changes-badge").Text().Should().Be("Change of position");
        entry.QuerySelector(".change-note").Text().Should().Be("From “no plans” to “ready to deploy”.");
        entry.QuerySelector(".change-by").Text().Should().Contain("editor@newsroom.test");

        var reader = factory.CreateClient();
        var changes = await reader.GetDocumentAsync("/Positions/Changes?speaker=Stoltenberg&topic=troop-deployment");
        var listed = changes.QuerySelectorAll(".position-changes > li").Should().ContainSingle().Subject;
        listed.Id.Should().Be($"statement-{id}");
        listed.QuerySelector(".quote-text").Text().Should().Be(Ready);
        listed.QuerySelector(".changes-badge").Should().NotBeNull();
        (await reader.GetDocumentAsync($"/Statements/{id}")).QuerySelector(".statement .changes-badge").Should().NotBeNull();
        var audit = await editor.GetDocumentAsync($"/Audit?entity=statement&id={id}");
        audit.QuerySelector("main").Text().Should().Contain("marked change of position");

        using var unmarked = await editor.PostFormAsync(Timeline, [new("Change.StatementId", id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "&handler=Unmark");

        unmarked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await editor.GetDocumentAsync(Timeline)).GetElementById($"statement-{id}")!.QuerySelector(".changes-badge").Should().BeNull();
        (await reader.GetDocumentAsync("/Positions/Changes?speaker=Stoltenberg")).QuerySelectorAll(".position-changes > li").Should().BeEmpty();
    }

    [Fact]
    public async Task A_mark_without_a_note_comes_back_with_the_reason_and_nothing_is_marked()
    {
        var editor = await factory.CreateEditorClientAsync();
        var id = StatementId(Entries(await editor.GetDocumentAsync(Timeline))[0]);

        using var response = await editor.PostFormAsync(Timeline, Fields(id, "   "), "&handler=Mark");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("Say in a note what changed");
        page.GetElementById($"statement-{id}")!.QuerySelector(".changes-badge").Should().BeNull();
        page.GetElementById($"statement-{id}")!.QuerySelector("details.mark-change")!.HasAttribute("open").Should().BeTrue();
    }

    [Fact]
    public async Task The_changes_list_says_when_a_filter_names_nobody()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/Positions/Changes?speaker=Nobody+Atall");

        page.QuerySelector(".unknown-filter").Text().Should().StartWith("No speaker called “Nobody Atall”.");
        page.QuerySelectorAll(".position-changes > li").Should().BeEmpty();
    }

    [Fact]
    public async Task The_statement_page_shows_who_reported_it_first_who_carried_it_after_and_each_wording_against_the_fullest()
    {
        var client = factory.CreateClient();
        var id = StatementId(Entries(await client.GetDocumentAsync(Timeline))[0]);

        var page = await client.GetDocumentAsync($"/Statements/{id}");

        var first = page.QuerySelector(".first-report .report-head")!;
        first.QuerySelector(".outlet").Text().Should().Be("WION");
        first.QuerySelector("time")!.GetAttribute("datetime").Should().Be("2022-01-31");
        first.QuerySelector("a")!.Text().Should().StartWith("No plans to send combat troops");
        var later = page.QuerySelectorAll(".later-reports > li").ToList();
        later.Select(li => li.QuerySelector(".outlet").Text()).Should().Equal("AP", "Daily Wire");
        later[0].QuerySelector("time")!.GetAttribute("datetime").Should().Be("2022-02-02");
        later[1].QuerySelector(".undated-badge").Text().Should().Be("undated");
        later.Select(li => li.QuerySelector(".wording").Text()).Should().Equal("wording 2", "wording 2");
        var wording = page.QuerySelectorAll(".wordings .wording").Should().ContainSingle().Subject;
        wording.QuerySelector("h3").Text().Should().Contain("in 2 reports");
        wording.QuerySelectorAll(".word-diff del").Select(d => d.Text()).Should().Contain(d => d.Contains("no doubt about that"));
    }

    private static List<IElement> Entries(IDocument page) => page.QuerySelectorAll(".position-timeline > li.position-entry").ToList();

    private static IElement Entry(IDocument page, string text) =>
        Entries(page).Single(e => e.QuerySelector(".statement-card .quote-text").Text() == text);

    private static int StatementId(IElement entry) =>
        int.Parse(entry.Id!["statement-".Length..], System.Globalization.CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] Fields(int id, string note) =>
        [new("Change.StatementId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Change.Note", note)];
}
