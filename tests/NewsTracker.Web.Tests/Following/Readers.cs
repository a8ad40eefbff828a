using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using NewsTracker.Web.Tests.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Following;

// What a reader does with saved searches and follows, through the pages' own forms.
internal static class Readers
{
    // Saves the filters of a /Quotes address from the form on that page; the new search's id.
    public static async Task<int> SaveSearchAsync(this HttpClient reader, string quotesAddress, string name)
    {
        using var saved = await reader.SubmitFormAsync(quotesAddress, "form.save-search-form", ("Input.Name", name));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        saved.Headers.Location!.OriginalString.Should().Be("/Searches");
        return SearchId(await reader.GetDocumentAsync("/Searches"), name);
    }

    public static int SearchId(IDocument searches, string name)
    {
        var link = searches.QuerySelectorAll("a.saved-search-link").Single(a => a.Text() == name);
        return int.Parse(link.GetAttribute("href")!.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IElement SearchRow(IDocument searches, int id) =>
        searches.QuerySelector($"tr#search-{id}") ?? throw new InvalidOperationException($"No saved search {id} on the page.");

    // An article through the write API, with the extractor finding the quotes as it does for any article.
    public static async Task AddArticleAsync(this NewsTrackerFactory factory, string marker, string quotes, string publishedAt = "2022-04-13")
    {
        var editor = await factory.CreateEditorClientAsync();
        using var response = await editor.PostAsJsonAsync("/api/articles", new
        {
            title = $"Niinistö on the plan ({marker})",
            outlet = "Reuters",
            url = $"https://example.org/following-{marker}",
            publishedAt,
            body = $"HELSINKI (Reuters) - Finland's president spoke about {marker} on Tuesday.\n\n{quotes}",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
