using System.Text.Json;
using NewsTracker.Core.Articles;

namespace NewsTracker.Web.Pages.Articles;

public enum UploadOutcome
{
    Added,
    Duplicate,
    Failed,
}

public sealed record UploadLine(string File, string? Title, UploadOutcome Outcome, int? ArticleId, int Quotes, string? Message);

// The import report as the page shows it. It travels to the next page in TempData (a cookie), so it
// keeps a bounded number of lines, failures first: they are what the editor has to act on.
public sealed record UploadReport(int Files, int Added, int Quotes, int Duplicates, int Failures, IReadOnlyList<UploadLine> Lines, int LinesLeftOut)
{
    public const int MaxLines = 30;

    public static UploadReport From(ImportReport report)
    {
        var lines = report.Outcomes
            .OrderBy(o => o.Status == AddArticleStatus.Invalid ? 0 : 1)
            .Take(MaxLines)
            .Select(Line)
            .ToList();
        return new UploadReport(
            report.FilesRead,
            report.ArticlesAdded,
            report.QuotesAdded,
            report.Duplicates,
            report.Outcomes.Count(o => o.Status == AddArticleStatus.Invalid),
            lines,
            report.Outcomes.Count - lines.Count);
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static UploadReport? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<UploadReport>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static UploadLine Line(ImportOutcome outcome)
    {
        var title = Shorten(outcome.Title, 120);
        return outcome.Status switch
        {
            AddArticleStatus.Added => new UploadLine(outcome.Source, title, UploadOutcome.Added, outcome.ArticleId, outcome.QuoteCount, null),
            AddArticleStatus.Duplicate => new UploadLine(outcome.Source, title, UploadOutcome.Duplicate, outcome.DuplicateOfId, 0,
                $"Already tracked ({outcome.DuplicateReason})."),
            _ => new UploadLine(outcome.Source, title, UploadOutcome.Failed, null, 0, Shorten(string.Join(' ', outcome.Errors), 200)),
        };
    }

    private static string? Shorten(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
