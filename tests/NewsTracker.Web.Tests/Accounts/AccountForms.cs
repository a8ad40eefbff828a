using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// Posts one of a page's several forms with some fields filled in, as a person filling it and pressing its
// button does: the form's own hidden fields (antiforgery token, email) go along.
internal static class AccountForms
{
    public static Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string formSelector, params (string Name, string Value)[] values) =>
        client.SubmitFormAsync(pageUrl, document => document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}."), values);

    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, Func<IDocument, IHtmlFormElement> pick, params (string Name, string Value)[] values)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var form = pick(document);
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "submit")
            .Select(i => (Name: i.Name!, Value: i.Value))
            .Concat(form.Elements.OfType<IHtmlSelectElement>().Select(s => (Name: s.Name!, Value: s.Value ?? string.Empty)))
            .Where(field => !values.Any(v => v.Name == field.Name))
            .Concat(values)
            .Select(field => new KeyValuePair<string, string>(field.Name, field.Value));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(form.Action, content);
    }

    // The form inside the table row that mentions the text (an email, a token's first characters).
    public static Func<IDocument, IHtmlFormElement> FormInRow(string rowText, string formSelector) => document =>
        document.QuerySelectorAll("tr").First(row => row.TextContent.Contains(rowText, StringComparison.Ordinal))
            .QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No '{formSelector}' in the row of {rowText}.");
}
