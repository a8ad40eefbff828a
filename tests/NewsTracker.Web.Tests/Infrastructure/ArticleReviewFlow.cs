using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsTracker.Web.Tests.Infrastructure;

// Adding an article is two steps: the form shows a review of what extraction found, and the review's Save
// stores it. These post both the way a browser without script does: every field of the review's one form,
// plus the pressed button's name and value, to the button's formaction.
public static class ArticleReviewFlow
{
    public const string NewArticle = "/Articles/New";

    // Posts the add form; a valid article answers 200 with the review page.
    public static async Task<(HttpResponseMessage Response, IDocument Page)> ReviewAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> form)
    {
        var response = await client.PostFormAsync(NewArticle, form);
        return (response, await Html.ParseAsync(response));
    }

    // Presses a button of the review form (e.g. "button.save-review", "#review-quote-2 button.drop-quote"), with
    // fields changed first (e.g. a speaker typed into "Review.Edits[2].Speaker").
    public static async Task<HttpResponseMessage> PressAsync(
        HttpClient client, IDocument review, string buttonSelector, IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = review.QuerySelector<IHtmlFormElement>("form.review-form")
            ?? throw new InvalidOperationException("The page is not a review: " + review.QuerySelector("main")?.TextContent.Trim());
        var button = form.QuerySelector<IHtmlButtonElement>(buttonSelector)
            ?? throw new InvalidOperationException($"No button '{buttonSelector}' on the review.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            var value = element switch
            {
                IHtmlInputElement input => input.Value,
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value,
                _ => null,
            } ?? string.Empty;
            values.Add(new(name, fields is not null && fields.TryGetValue(name, out var given) ? given : value));
        }

        if (!string.IsNullOrEmpty(button.Name))
        {
            values.Add(new(button.Name, button.Value));
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(button.GetAttribute("formaction") ?? form.Action, content);
    }

    public static async Task<IDocument> PressAndReadAsync(
        HttpClient client, IDocument review, string buttonSelector, IReadOnlyDictionary<string, string>? fields = null)
    {
        using var response = await PressAsync(client, review, buttonSelector, fields);
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the review comes back after a change ({0})", await response.Content.ReadAsStringAsync());
        return await Html.ParseAsync(response);
    }

    // The whole add: form, review, save. Returns the save's response (a redirect to the article when it is stored).
    public static async Task<HttpResponseMessage> AddAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> form)
    {
        var (response, review) = await ReviewAsync(client, form);
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK || review.QuerySelector("button.save-review") is null)
            {
                return new HttpResponseMessage(response.StatusCode) { Content = new StringContent(await response.Content.ReadAsStringAsync()) };
            }
        }

        return await PressAsync(client, review, "button.save-review");
    }

    public static int ArticleId(HttpResponseMessage saved) =>
        int.Parse(saved.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

    // The review quote whose text starts with the words, by its index in the review.
    public static int QuoteIndex(IDocument review, string startsWith) =>
        int.Parse(
            review.QuerySelectorAll(".review-quote")
                .First(q => q.QuerySelector(".quote-text").Text().StartsWith(startsWith, StringComparison.Ordinal))
                .Id!["review-quote-".Length..],
            System.Globalization.CultureInfo.InvariantCulture);
}
