using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// Add with review, edit keeping corrections, quote corrections on the article page, delete: through the pages.
public sealed class ArticleReviewTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private const string Ready = "We are ready to take this decision";
    private const string Choice = "Our security is our own choice";
    private const string Missed = "told reporters in Helsinki";

    [Fact]
    public async Task The_review_corrects_a_speaker_drops_a_quote_and_adds_a_missed_one_before_saving()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var (_, review) = await ArticleReviewFlow.ReviewAsync(client, TestArticles.Form(marker));

        var ready = ArticleReviewFlow.QuoteIndex(review, Ready);
        review = await ArticleReviewFlow.PressAndReadAsync(client, review, $"#review-quote-{ready} button.change-speaker",
            new Dictionary<string, string> { [$"Review.Edits[{ready}].Speaker"] = "Jens Stoltenberg" });
        review = await ArticleReviewFlow.PressAndReadAsync(client, review, $"#review-quote-{ArticleReviewFlow.QuoteIndex(review, Choice)} button.drop-quote");
        review = await ArticleReviewFlow.PressAndReadAsync(client, review, "button.add-passage",
            new Dictionary<string, string> { ["Review.Passage.Text"] = Missed, ["Review.Passage.Speaker"] = $"Reviewer Person {marker}", ["Review.Passage.Kind"] = "Indirect" });

        review.QuerySelector($"#review-quote-{ArticleReviewFlow.QuoteIndex(review, Ready)} .speaker-name").Text().Should().Be("Jens Stoltenberg");
        review.QuerySelectorAll(".review-quote .quote-text").Select(q => q.Text()).Should().NotContain(q => q.StartsWith(Choice, StringComparison.Ordinal));
        var missed = review.QuerySelector($"#review-quote-{ArticleReviewFlow.QuoteIndex(review, Missed)}")!;
        missed.QuerySelector(".new-actor").Should().NotBeNull();
        review.QuerySelectorAll(".review-corrections li").Should().HaveCount(3);

        using var saved = await ArticleReviewFlow.PressAsync(client, review, "button.save-review");
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync(saved.Headers.Location!.ToString());
        SpeakerOf(page, Ready).Should().Be("Jens Stoltenberg");
        Quotes(page).Should().NotContain(q => q.StartsWith(Choice, StringComparison.Ordinal));
        SpeakerOf(page, Missed).Should().Be($"Reviewer Person {marker}");
        page.QuerySelectorAll(".article-corrections li").Should().HaveCount(3);
    }

    [Fact]
    public async Task A_change_that_cannot_be_made_comes_back_with_a_message_and_the_review_intact()
    {
        var client = await factory.CreateEditorClientAsync();
        var (_, review) = await ArticleReviewFlow.ReviewAsync(client, TestArticles.Form(TestArticles.Marker()));

        using var response = await ArticleReviewFlow.PressAsync(client, review, "button.add-passage",
            new Dictionary<string, string> { ["Review.Passage.Text"] = "words that are nowhere in the article" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var again = await Html.ParseAsync(response);
        again.QuerySelector(".validation-summary").Text().Should().Contain("not in the article text");
        again.QuerySelector("button.save-review").Should().NotBeNull();
        again.QuerySelectorAll(".review-quote").Should().HaveCount(review.QuerySelectorAll(".review-quote").Length);
    }

    [Fact]
    public async Task Back_to_the_text_returns_the_form_filled_in_and_a_tampered_correction_is_ignored()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        var (_, review) = await ArticleReviewFlow.ReviewAsync(client, form);

        using var back = await ArticleReviewFlow.PressAsync(client, review, "button.back-to-text");
        var ready = ArticleReviewFlow.QuoteIndex(review, Ready);
        var corrected = await ArticleReviewFlow.PressAndReadAsync(client, review, $"#review-quote-{ready} button.change-speaker",
            new Dictionary<string, string> { [$"Review.Edits[{ready}].Speaker"] = "Jens Stoltenberg" });
        var tampered = await ArticleReviewFlow.PressAndReadAsync(client, corrected, $"#review-quote-{ArticleReviewFlow.QuoteIndex(corrected, Choice)} button.drop-quote",
            new Dictionary<string, string> { ["Review.Corrections[0].Kind"] = "Bogus" });

        back.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(back);
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value.Should().Be(form["Input.Title"]);
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Body']")!.Value.Should().Contain("We are ready to take this decision");
        page.QuerySelector("form.article-form")!.GetAttribute("action").Should().Be("/Articles/New");
        corrected.QuerySelectorAll(".review-corrections li").Should().ContainSingle();
        tampered.QuerySelectorAll(".review-corrections li").Select(li => li.Text()).Should().ContainSingle().Which.Should().StartWith("Dropped");
        tampered.QuerySelector("button.save-review").Should().NotBeNull();
    }

    [Fact]
    public async Task The_correct_page_shows_the_quote_with_its_forms()
    {
        var client = await factory.CreateEditorClientAsync();
        var id = await AddAsync(client, TestArticles.Marker());
        var quoteId = QuoteId(await client.GetDocumentAsync($"/Articles/{id}"), Choice);

        var page = await client.GetDocumentAsync($"/Quotes/{quoteId}/Correct");

        page.QuerySelector(".correct-quote").Text().Should().StartWith(Choice);
        page.QuerySelector<IHtmlInputElement>("form.correct-speaker input[name='Input.Speaker']")!.Value.Should().Be("Sauli Niinistö");
        page.QuerySelectorAll("form.correct-kind, form.correct-drop").Should().HaveCount(2);
    }

    [Fact]
    public async Task An_edit_keeps_a_corrected_speaker_and_says_which_corrections_no_longer_apply()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var id = await AddWithCorrectedSpeakerAsync(client, marker);

        var edit = await client.GetDocumentAsync($"/Articles/{id}/Edit");
        var body = edit.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Body']")!.Value;
        using var saved = await client.PostFormAsync($"/Articles/{id}/Edit", EditFields(edit, body.Replace("He added that", "Later he added that", StringComparison.Ordinal)));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync($"/Articles/{id}");
        page.QuerySelector(".status-message").Text().Should().StartWith("Article saved");
        SpeakerOf(page, Ready).Should().Be("Jens Stoltenberg");
        page.QuerySelector(".article-body").Text().Should().Contain("Later he added that");

        edit = await client.GetDocumentAsync($"/Articles/{id}/Edit");
        body = edit.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Body']")!.Value;
        using var cut = await client.PostFormAsync($"/Articles/{id}/Edit", EditFields(edit, body.Replace(Ready, "We decide later", StringComparison.Ordinal)));
        page = await client.GetDocumentAsync($"/Articles/{id}");
        page.QuerySelector(".status-message").Text().Should().Contain("no longer applies").And.Contain(Ready);
        page.QuerySelector(".article-corrections .no-longer-applies").Should().NotBeNull();
    }

    [Fact]
    public async Task A_second_editor_saving_an_older_version_is_told_what_changed_and_nothing_is_overwritten()
    {
        var client = await factory.CreateEditorClientAsync();
        var id = await AddAsync(client, TestArticles.Marker());
        var first = await client.GetDocumentAsync($"/Articles/{id}/Edit");
        var second = await client.GetDocumentAsync($"/Articles/{id}/Edit");
        var body = first.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Body']")!.Value;

        using var one = await client.PostFormAsync($"/Articles/{id}/Edit", EditFields(first, body + "\n\nFirst editor's paragraph.", "First editor's headline"));
        using var two = await client.PostFormAsync($"/Articles/{id}/Edit", EditFields(second, body + "\n\nSecond editor's paragraph.", "Second editor's headline"));

        one.StatusCode.Should().Be(HttpStatusCode.Redirect);
        two.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var conflict = await Html.ParseAsync(two);
        conflict.QuerySelector(".conflict-panel .their-title").Text().Should().Be("First editor's headline");
        conflict.QuerySelector(".word-diff del").Text().Should().Contain("First");
        conflict.QuerySelector(".word-diff ins").Text().Should().Contain("Second");
        conflict.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value.Should().Be("Second editor's headline");
        var page = await client.GetDocumentAsync($"/Articles/{id}");
        page.QuerySelector("h1").Text().Should().Be("First editor's headline");
        page.QuerySelector(".article-body").Text().Should().Contain("First editor's paragraph").And.NotContain("Second editor's");

        using var again = await client.PostFormAsync($"/Articles/{id}/Edit", EditFields(conflict, body + "\n\nSecond editor's paragraph.", "Second editor's headline"));
        again.StatusCode.Should().Be(HttpStatusCode.Redirect, "saving again after seeing theirs is a choice made knowingly");
    }

    [Fact]
    public async Task A_quote_corrected_on_the_article_page_keeps_the_correction_and_can_be_dropped_and_taken_back()
    {
        var client = await factory.CreateEditorClientAsync();
        var id = await AddAsync(client, TestArticles.Marker());
        var page = await client.GetDocumentAsync($"/Articles/{id}");
        var quoteId = QuoteId(page, Choice);

        using var kind = await client.PostFormAsync($"/Quotes/{quoteId}/Correct", [new("Input.Kind", "Indirect")], "?handler=Kind");
        using var drop = await client.PostFormAsync($"/Quotes/{quoteId}/Correct", [], "?handler=Drop");

        kind.StatusCode.Should().Be(HttpStatusCode.Redirect);
        drop.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page = await client.GetDocumentAsync($"/Articles/{id}");
        Quotes(page).Should().NotContain(q => q.StartsWith(Choice, StringComparison.Ordinal));
        var restore = page.QuerySelector<IHtmlFormElement>(".article-corrections form")!;
        using var back = await client.SubmitFormAsync($"/Articles/{id}", ".article-corrections form");
        back.StatusCode.Should().Be(HttpStatusCode.Redirect);
        restore.Action.Should().Contain($"/Quotes/{quoteId}/Correct");
        page = await client.GetDocumentAsync($"/Articles/{id}");
        QuoteId(page, Choice).Should().Be(quoteId);
        page.QuerySelector($"#quote-{quoteId} .kind-badge").Text().Should().Be("Reported speech");
    }

    [Fact]
    public async Task An_unknown_quote_or_article_is_a_404_and_an_analyst_cannot_correct()
    {
        var editor = await factory.CreateEditorClientAsync();
        var analyst = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var id = await AddAsync(editor, TestArticles.Marker());
        var quoteId = QuoteId(await editor.GetDocumentAsync($"/Articles/{id}"), Choice);

        (await editor.GetAsync("/Quotes/999999/Correct")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await editor.GetAsync("/Articles/999999/Edit")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await editor.GetAsync("/Articles/999999/Delete")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await analyst.GetAsync($"/Quotes/{quoteId}/Correct")).StatusCode.Should().Be(HttpStatusCode.Redirect, "an analyst is sent to the access-denied page");
        (await analyst.GetDocumentAsync($"/Articles/{id}")).QuerySelectorAll(".correct-forms, .edit-article").Should().BeEmpty();
    }

    [Fact]
    public async Task A_speaker_typed_with_markup_is_stored_as_text_and_shown_encoded()
    {
        var client = await factory.CreateEditorClientAsync();
        var id = await AddAsync(client, TestArticles.Marker());
        var quoteId = QuoteId(await client.GetDocumentAsync($"/Articles/{id}"), Choice);

        using var response = await client.PostFormAsync($"/Quotes/{quoteId}/Correct", [new("Input.Speaker", "<b>Bold</b> Person")], "?handler=Speaker");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync($"/Articles/{id}");
        SpeakerOf(page, Choice).Should().Be("<b>Bold</b> Person");
        page.QuerySelectorAll(".article-quote b").Should().BeEmpty();
    }

    [Fact]
    public async Task Deleting_an_article_asks_first_then_takes_its_quotes_out_of_lists_and_search()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var id = await AddAsync(client, marker);
        (await client.GetJsonAsync($"/api/quotes?q={marker}")).GetProperty("total").GetInt32().Should().BePositive();

        var confirm = await client.GetDocumentAsync($"/Articles/{id}/Delete");
        confirm.QuerySelector(".delete-warning").Text().Should().Contain("audit log");
        using var deleted = await client.SubmitFormAsync($"/Articles/{id}/Delete", "form.delete-form");

        deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync($"/Articles/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetJsonAsync($"/api/quotes?q={marker}")).GetProperty("total").GetInt32().Should().Be(0);
        var list = await client.GetDocumentAsync("/Articles");
        list.QuerySelector(".status-message").Text().Should().StartWith("Deleted");
        list.QuerySelectorAll(".articles-table a").Select(a => a.Text()).Should().NotContain(t => t.Contains(marker, StringComparison.Ordinal));
    }

    internal static async Task<int> AddAsync(HttpClient client, string marker)
    {
        using var saved = await ArticleReviewFlow.AddAsync(client, TestArticles.Form(marker));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return ArticleReviewFlow.ArticleId(saved);
    }

    private static async Task<int> AddWithCorrectedSpeakerAsync(HttpClient client, string marker)
    {
        var (_, review) = await ArticleReviewFlow.ReviewAsync(client, TestArticles.Form(marker));
        var ready = ArticleReviewFlow.QuoteIndex(review, Ready);
        review = await ArticleReviewFlow.PressAndReadAsync(client, review, $"#review-quote-{ready} button.change-speaker",
            new Dictionary<string, string> { [$"Review.Edits[{ready}].Speaker"] = "Jens Stoltenberg" });
        using var saved = await ArticleReviewFlow.PressAsync(client, review, "button.save-review");
        return ArticleReviewFlow.ArticleId(saved);
    }

    private static List<KeyValuePair<string, string>> EditFields(IDocument edit, string body, string? title = null) =>
    [
        new("Input.Title", title ?? edit.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value),
        new("Input.Outlet", edit.QuerySelector<IHtmlInputElement>("input[name='Input.Outlet']")!.Value),
        new("Input.Url", edit.QuerySelector<IHtmlInputElement>("input[name='Input.Url']")!.Value),
        new("Input.PublishedOn", edit.QuerySelector<IHtmlInputElement>("input[name='Input.PublishedOn']")!.Value),
        new("Input.Body", body),
        new("Version", edit.QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value),
    ];

    private static List<string> Quotes(IDocument page) => [.. page.QuerySelectorAll(".article-quote .quote-text").Select(q => q.Text())];

    private static IElement Quote(IDocument page, string startsWith) =>
        page.QuerySelectorAll(".article-quote").First(q => q.QuerySelector(".quote-text").Text().StartsWith(startsWith, StringComparison.Ordinal));

    private static string SpeakerOf(IDocument page, string startsWith) => Quote(page, startsWith).QuerySelector(".speaker-link").Text();

    private static int QuoteId(IDocument page, string startsWith) => int.Parse(Quote(page, startsWith).Id!["quote-".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
