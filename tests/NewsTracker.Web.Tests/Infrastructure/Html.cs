using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsTracker.Web.Tests.Infrastructure;

// Reads pages the way a browser would and posts their real forms, antiforgery token included.
public static class Html
{
    public const string TokenField = "__RequestVerificationToken";

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage?.RequestUri?.ToString());

    public static async Task<IDocument> ParseAsync(string html, string? address = null)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(address ?? "http://localhost/"));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await ParseAsync(response);
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl, string formSelector = "form[method=post]")
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        return form.QuerySelector<IHtmlInputElement>($"input[name={TokenField}]")?.Value
            ?? throw new InvalidOperationException($"The form on {pageUrl} has no antiforgery token.");
    }

    // GETs the page, takes the token from its form, and posts the given fields to the page (plus a query such as "?handler=X").
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string query = "")
    {
        var token = await client.AntiforgeryTokenAsync(pageUrl);
        var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>(TokenField, token)));
        return await client.PostAsync(pageUrl + query, content);
    }

    // Posts one of the page's forms (a button's form) to its own action, as clicking its submit button does.
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string formSelector)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[name]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(form.Action, content);
    }

    public static async Task<HttpResponseMessage> PostFilesAsync(this HttpClient client, string pageUrl, string field, params (string Name, string Content)[] files)
    {
        var token = await client.AntiforgeryTokenAsync(pageUrl);
        using var content = new MultipartFormDataContent { { new StringContent(token), TokenField } };
        foreach (var (name, text) in files)
        {
            var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            content.Add(file, field, name);
        }

        return await client.PostAsync(pageUrl, content);
    }

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? string.Empty;
}
