using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsTracker.Core.Articles;

// A named article file from anywhere: a path on disk, an uploaded file. Name decides the format by its
// extension (.txt, .md, .json); Length is checked against the size limit before anything is read.
public sealed record ImportSource(string Name, Func<CancellationToken, Task<string>> ReadAsync, long Length)
{
    public static ImportSource FromFile(string path)
    {
        var file = new FileInfo(path);
        return new ImportSource(path, ct => File.ReadAllTextAsync(path, ct), file.Exists ? file.Length : 0);
    }
}

public sealed record ImportFailure(string Path, string Reason);

// One article of a source, or the source itself when it could not be read (Title null, Status Invalid).
public sealed record ImportOutcome(
    string Source,
    string? Title,
    AddArticleStatus Status,
    int? ArticleId,
    int? DuplicateOfId,
    string? DuplicateReason,
    int QuoteCount,
    IReadOnlyList<string> Errors);

public sealed record ImportReport(
    int FilesRead,
    int ArticlesAdded,
    int QuotesAdded,
    int Duplicates,
    IReadOnlyList<ImportFailure> Failures,
    IReadOnlyList<ImportOutcome> Outcomes);

public sealed record ImportProgress(int Done, int Total, string Path);

// Imports article files, from disk or from anywhere else. Each article is added in its own scope, so a
// long import never grows one change tracker and one bad file never takes the others down.
public sealed class ArticleImporter(IServiceScopeFactory scopes, ILogger<ArticleImporter> logger)
{
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, List<ImportFailure> failures)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(ArticleFileReader.IsArticleFile)
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                failures.Add(new ImportFailure(path, "No such file or folder."));
            }
        }

        return files;
    }

    public Task<ImportReport> ImportAsync(IEnumerable<string> paths, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var failures = new List<ImportFailure>();
        var sources = ExpandPaths(paths, failures).Select(ImportSource.FromFile).ToList();
        return ImportAsync(sources, failures, progress, ct);
    }

    public Task<ImportReport> ImportAsync(IEnumerable<ImportSource> sources, IProgress<ImportProgress>? progress, CancellationToken ct) =>
        ImportAsync(sources.ToList(), [], progress, ct);

    private async Task<ImportReport> ImportAsync(
        List<ImportSource> sources, List<ImportFailure> failures, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var outcomes = new List<ImportOutcome>();
        int added = 0, quotes = 0, duplicates = 0, done = 0;
        foreach (var source in sources)
        {
            ct.ThrowIfCancellationRequested();
            await foreach (var outcome in ImportSourceAsync(source, ct))
            {
                outcomes.Add(outcome);
                switch (outcome.Status)
                {
                    case AddArticleStatus.Added:
                        added++;
                        quotes += outcome.QuoteCount;
                        break;
                    case AddArticleStatus.Duplicate:
                        duplicates++;
                        break;
                    default:
                        failures.Add(new ImportFailure(source.Name, string.Join(' ', outcome.Errors)));
                        break;
                }
            }

            progress?.Report(new ImportProgress(++done, sources.Count, source.Name));
        }

        logger.LogInformation(
            "Imported {Added} articles with {Quotes} quotes from {Files} files; {Duplicates} duplicates, {Failures} failures",
            added, quotes, sources.Count, duplicates, failures.Count);
        return new ImportReport(sources.Count, added, quotes, duplicates, failures, outcomes);
    }

    private async IAsyncEnumerable<ImportOutcome> ImportSourceAsync(
        ImportSource source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var (articles, error) = await ReadAsync(source, ct);
        if (error is not null)
        {
            yield return Failed(source, error);
            yield break;
        }

        foreach (var article in articles)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ArticleService>().AddAsync(article, ct);
            yield return new ImportOutcome(
                source.Name,
                ArticleRules.Clean(article.Title),
                result.Status,
                result.ArticleId,
                result.DuplicateOfId,
                result.DuplicateReason,
                result.QuoteCount,
                result.Errors ?? []);
        }
    }

    private async Task<(IReadOnlyList<NewArticle> Articles, string? Error)> ReadAsync(ImportSource source, CancellationToken ct)
    {
        if (source.Length > ArticleFileReader.MaxFileBytes)
        {
            return ([], $"The file is larger than {ArticleFileReader.MaxFileBytes / (1024 * 1024)} MB.");
        }

        try
        {
            var content = await source.ReadAsync(ct);
            if (content.Length > ArticleFileReader.MaxFileBytes)
            {
                return ([], $"The file is larger than {ArticleFileReader.MaxFileBytes / (1024 * 1024)} MB.");
            }

            var articles = ArticleFileReader.Parse(source.Name, content);
            return articles.Count == 0 ? ([], "The file holds no article.") : (articles, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or DecoderFallbackException)
        {
            logger.LogWarning(ex, "Could not read {File}", source.Name);
            return ([], $"Could not read the file: {ex.Message}");
        }
    }

    private static ImportOutcome Failed(ImportSource source, string error) =>
        new(source.Name, null, AddArticleStatus.Invalid, null, null, null, 0, [error]);
}
