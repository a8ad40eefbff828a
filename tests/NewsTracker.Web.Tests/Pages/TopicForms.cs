using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Topics;
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

    public async Task<HttpResponseMessage> PostAsync(HttpClient client, string name, string keywords)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Keywords"] = keywords,
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

public sealed class RetagHolds
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, RetagHold> _holds = [];
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public RetagHold this[int run]
    {
        get
        {
            lock (_lock)
            {
                if (!_holds.TryGetValue(run, out var hold))
                {
                    hold = new RetagHold();
                    _holds[run] = hold;
                }

                return hold;
            }
        }
    }

    internal RetagHold Next() => this[Interlocked.Increment(ref _runs)];
}

public sealed class RetagHold
{
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => Released.TrySetResult();
}
