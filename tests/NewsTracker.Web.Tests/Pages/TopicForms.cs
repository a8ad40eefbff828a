using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Topics;
using NewsTracker.Testing;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// The topic edit form as a browser holds it: the antiforgery token and the version it was filled from.
public sealed record TopicEditForm(string Slug, string Token, string Version)
{
    public static async Task<TopicEditForm> OpenAsync(HttpClient client, string slug)
    {
        var page = await client.GetDocumentAsync($"/Topics/{slug}/Edit");
        var form = page.QuerySelector<IHtmlFormElement>("form.editor-form")!;
        return new TopicEditForm(
            slug,
            form.QuerySelector<IHtmlInputElement>($"input[name={Html.TokenField}]")!.Value,
            form.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value);
    }

    // Opens the form and saves it at once, as an editor with a fresh page does.
    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string slug, string name, string keywords) =>
        await (await OpenAsync(client, slug)).PostAsync(client, name, keywords);

    public async Task<HttpResponseMessage> PostAsync(HttpClient client, string name, string keywords, string phrases = "", string exclusions = "")
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Keywords"] = keywords,
            ["Input.Phrases"] = phrases,
            ["Input.Exclusions"] = exclusions,
            ["Input.Version"] = Version,
            [Html.TokenField] = Token,
        });
        return await client.PostAsync($"/Topics/{Slug}/Edit", content);
    }
}

// A re-tag held at its start until the test releases it, so pages can be read while it is queued or running.
public sealed class HeldRetagJob(QuoteRetagger retagger, RetagHolds holds) : IBackgroundJob
{
    public async Task<string> RunAsync(IProgress<JobProgress> progress, CancellationToken ct)
    {
        var hold = holds.Next();
        hold.Reached.TrySetResult();
        await hold.Released.Task.WaitAsync(ct);
        return RetagJob.Describe(await retagger.RetagAsync(progress, ct));
    }
}
