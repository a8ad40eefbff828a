using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.WebUtilities;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Following;

public sealed class SavedSearchPageTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Saving_from_the_quotes_page_keeps_every_filter_and_opening_it_brings_them_back()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var name = "Troops " + TestArticles.Marker();
        const string Filters = "q=troops&speaker=Stoltenberg&actor=NATO&topic=troop-deployment&kind=direct&from=2020-01-01&to=2030-12-31&sort=relevance";

        var id = await reader.SaveSearchAsync("/Quotes?" + Filters + "&p=1", name);
        using var opened = await reader.GetAsync($"/Searches/{id}/Open");

        opened.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = opened.Headers.Location!.OriginalString;
        location.Should().StartWith("/Quotes?");
        QueryHelpers.ParseQuery(location[location.IndexOf('?', StringComparison.Ordinal)..])
            .ToDictionary(p => p.Key, p => p.Value.ToString())
            .Should().BeEquivalentTo(QueryHelpers.ParseQuery("?" + Filters).ToDictionary(p => p.Key, p => p.Value.ToString()), "the page number is not a filter");
        var page = await reader.GetDocumentAsync(location);
        page.QuerySelector<IHtmlInputElement>("input#q")!.Value.Should().Be("troops");
        page.QuerySelector<IHtmlInputElement>("input#speaker")!.Value.Should().Be("Stoltenberg");
        page.QuerySelector<IHtmlInputElement>("input#actor")!.Value.Should().Be("NATO");
        page.QuerySelector<IHtmlSelectElement>("select#topic")!.Value.Should().Be("troop-deployment");
        page.QuerySelector<IHtmlSelectElement>("select#kind")!.Value.Should().Be("direct");
        page.QuerySelector<IHtmlInputElement>("input#from")!.Value.Should().Be("2020-01-01");
        page.QuerySelector<IHtmlInputElement>("input#to")!.Value.Should().Be("2030-12-31");
        page.QuerySelector<IHtmlSelectElement>("select#sort")!.Value.Should().Be("relevance");
        page.QuerySelectorAll(".quote-card").Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_search_saved_without_a_name_is_named_by_its_filters()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var marker = "zn" + TestArticles.Marker();

        using var saved = await reader.SubmitFormAsync($"/Quotes?q={marker}&kind=indirect", "form.save-search-form");

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var searches = await reader.GetDocumentAsync("/Searches");
        searches.QuerySelectorAll("a.saved-search-link").Select(a => a.Text()).Should().Contain($"text: {marker} · kind: indirect");
    }

    [Fact]
    public async Task The_save_page_on_its_own_offers_the_filters_of_its_address()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var name = "Own page " + TestArticles.Marker();

        var page = await reader.GetDocumentAsync("/Searches/Save?topic=energy&p=3&utm=x");
        page.QuerySelector(".saved-filters").Text().Should().Be("topic: energy");
        using var saved = await reader.SubmitFormAsync("/Searches/Save?topic=energy&p=3&utm=x", "form.save-search-page-form", ("Input.Name", name));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = Readers.SearchId(await reader.GetDocumentAsync("/Searches"), name);
        (await reader.GetAsync($"/Searches/{id}/Open")).Headers.Location!.OriginalString.Should().Be("/Quotes?topic=energy");
    }

    [Fact]
    public async Task A_malformed_filter_is_not_saved_and_the_page_says_why()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var name = "Sideways " + TestArticles.Marker();

        using var response = await reader.PostFormAsync("/Searches/Save", [new("Input.Name", name), new("Input.Query", "q=troops&kind=sideways")]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should().Contain("kind must be");
        (await reader.GetDocumentAsync("/Searches")).QuerySelectorAll("a.saved-search-link").Select(a => a.Text()).Should().NotContain(name);
    }

    [Fact]
    public async Task The_list_counts_quotes_new_since_the_search_was_last_opened()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var marker = "zc" + TestArticles.Marker();
        var name = "Count " + marker;
        var id = await reader.SaveSearchAsync($"/Quotes?q={marker}", name);
        Readers.SearchRow(await reader.GetDocumentAsync("/Searches"), id).QuerySelector(".new-count").Text().Should().Be("nothing new");

        await factory.AddArticleAsync(marker, $"“The {marker} harbour will stay open all winter,” Sauli Niinistö said on Tuesday.");

        Readers.SearchRow(await reader.GetDocumentAsync("/Searches"), id).QuerySelector(".new-count").Text().Should().Be("1 new quote");
        (await reader.GetAsync($"/Searches/{id}/Open")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        Readers.SearchRow(await reader.GetDocumentAsync("/Searches"), id).QuerySelector(".new-count").Text().Should().Be("nothing new");
    }

    [Fact]
    public async Task The_owner_renames_and_deletes_a_search()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var marker = TestArticles.Marker();
        var id = await reader.SaveSearchAsync($"/Quotes?q=gas", "Gas " + marker);

        using var renamed = await reader.SubmitFormAsync("/Searches", d => (IHtmlFormElement)Readers.SearchRow(d, id).QuerySelector("form.rename-form")!, ("name", "Gas supply " + marker));
        renamed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await reader.GetDocumentAsync("/Searches");
        Readers.SearchRow(page, id).QuerySelector("a.saved-search-link").Text().Should().Be("Gas supply " + marker);
        page.QuerySelector(".status-message").Text().Should().Contain("renamed");

        using var emptyName = await reader.SubmitFormAsync("/Searches", d => (IHtmlFormElement)Readers.SearchRow(d, id).QuerySelector("form.rename-form")!, ("name", " "));
        emptyName.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(emptyName)).QuerySelector(".validation-summary").Text().Should().Contain("Give the search a name.");

        using var deleted = await reader.SubmitFormAsync("/Searches", d => (IHtmlFormElement)Readers.SearchRow(d, id).QuerySelector("form.delete-form")!);
        deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await reader.GetDocumentAsync("/Searches")).QuerySelector($"tr#search-{id}").Should().BeNull();
    }

    [Fact]
    public async Task Another_reader_can_neither_see_nor_open_rename_delete_or_make_a_feed_for_a_search()
    {
        var owner = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var other = await factory.CreateClientAsAsync(NewsRoles.Editor);
        var name = "Private " + TestArticles.Marker();
        var id = await owner.SaveSearchAsync("/Quotes?q=energy", name);

        (await other.GetDocumentAsync("/Searches")).QuerySelectorAll("a.saved-search-link").Select(a => a.Text()).Should().NotContain(name);
        (await other.GetAsync($"/Searches/{id}/Open")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        foreach (var handler in new[] { "Rename", "Delete", "Feed", "Revoke" })
        {
            using var response = await other.PostFormAsync("/Searches", [new("name", "Taken")], $"?handler={handler}&id={id}");
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, handler);
        }

        Readers.SearchRow(await owner.GetDocumentAsync("/Searches"), id).QuerySelector("a.saved-search-link").Text().Should().Be(name);
    }

    [Fact]
    public async Task Visitors_get_no_save_form_and_are_sent_to_sign_in_for_saved_searches()
    {
        var visitor = factory.CreateBrowserlessClient();

        var quotes = await visitor.GetDocumentAsync("/Quotes?q=troops");
        using var searches = await visitor.GetAsync("/Searches");

        quotes.QuerySelector("form.save-search-form").Should().BeNull();
        searches.StatusCode.Should().Be(HttpStatusCode.Redirect);
        searches.Headers.Location!.AbsolutePath.Should().Be("/Account/SignIn");
    }
}
