using System.Text;
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

public sealed record UploadReport(int Files, int Added, int Quotes, int Duplicates, int Failures, IReadOnlyList<UploadLine> Lines, int LinesLeftOut)
{
    // The report travels to the next page in TempData (a cookie), so it keeps a bounded number of lines.
    public const int MaxLines = 30;

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
}

// Uploaded files through the same reader and service the CLI import uses (ArticleFileReader.Parse,
// ArticleService.AddAsync), one scope per article as ArticleImporter does for files on disk.
// Core's importer only reads paths; see docs/notes/web-needs-core.md.
public sealed class UploadImporter(IServiceScopeFactory scopes, ILogger<UploadImporter> logger)
{
    public async Task<UploadReport> ImportAsync(IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var lines = new List<UploadLine>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            IReadOnlyList<NewArticle> parsed;
            try
            {
                using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                parsed = ArticleFileReader.Parse(name, await reader.ReadToEndAsync(ct));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or IOException or DecoderFallbackException)
            {
                logger.LogWarning(ex, "Could not read uploaded file {File}", name);
                lines.Add(new UploadLine(name, null, UploadOutcome.Failed, null, 0, "The file could not be read: " + ex.Message));
                continue;
            }

            if (parsed.Count == 0)
            {
                lines.Add(new UploadLine(name, null, UploadOutcome.Failed, null, 0, "The file holds no article."));
            }

            foreach (var article in parsed)
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ArticleService>().AddAsync(article, ct);
                lines.Add(result.Status switch
                {
                    AddArticleStatus.Added => new UploadLine(name, article.Title, UploadOutcome.Added, result.ArticleId, result.QuoteCount, null),
                    AddArticleStatus.Duplicate => new UploadLine(name, article.Title, UploadOutcome.Duplicate, result.DuplicateOfId, 0,
                        $"Already tracked ({result.DuplicateReason})."),
                    _ => new UploadLine(name, article.Title, UploadOutcome.Failed, null, 0, string.Join(' ', result.Errors ?? [])),
                });
            }
        }

        logger.LogInformation("Upload import of {Files} files: {Added} added, {Duplicates} duplicates, {Failures} failures",
            files.Count, lines.Count(l => l.Outcome == UploadOutcome.Added), lines.Count(l => l.Outcome == UploadOutcome.Duplicate),
            lines.Count(l => l.Outcome == UploadOutcome.Failed));

        // Failures first: they are what the editor has to act on.
        var shown = lines.OrderBy(l => l.Outcome == UploadOutcome.Failed ? 0 : 1).Take(UploadReport.MaxLines)
            .Select(l => l with { Title = Shorten(l.Title, 120), Message = Shorten(l.Message, 200) })
            .ToList();
        return new UploadReport(
            files.Count,
            lines.Count(l => l.Outcome == UploadOutcome.Added),
            lines.Sum(l => l.Quotes),
            lines.Count(l => l.Outcome == UploadOutcome.Duplicate),
            lines.Count(l => l.Outcome == UploadOutcome.Failed),
            shown,
            lines.Count - shown.Count);
    }

    private static string? Shorten(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
