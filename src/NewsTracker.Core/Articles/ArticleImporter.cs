using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsTracker.Core.Articles;

public sealed record ImportFailure(string Path, string Reason);

public sealed record ImportReport(int FilesRead, int ArticlesAdded, int QuotesAdded, int Duplicates, IReadOnlyList<ImportFailure> Failures);

public sealed record ImportProgress(int Done, int Total, string Path);

// Imports files and folders of articles. Each file runs in its own scope, so a long import never
// grows one change tracker and one bad file never takes the others down.
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

    public async Task<ImportReport> ImportAsync(IEnumerable<string> paths, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var failures = new List<ImportFailure>();
        var files = ExpandPaths(paths, failures);
        int added = 0, quotes = 0, duplicates = 0, done = 0;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var outcome in await ImportFileAsync(file, ct))
            {
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
                        failures.Add(new ImportFailure(file, string.Join(' ', outcome.Errors ?? [])));
                        break;
                }
            }

            progress?.Report(new ImportProgress(++done, files.Count, file));
        }

        logger.LogInformation(
            "Imported {Added} articles with {Quotes} quotes from {Files} files; {Duplicates} duplicates, {Failures} failures",
            added, quotes, files.Count, duplicates, failures.Count);
        return new ImportReport(files.Count, added, quotes, duplicates, failures);
    }

    private async Task<IReadOnlyList<AddArticleResult>> ImportFileAsync(string file, CancellationToken ct)
    {
        IReadOnlyList<NewArticle> articles;
        try
        {
            if (new FileInfo(file).Length > ArticleFileReader.MaxFileBytes)
            {
                return [AddArticleResult.Invalid($"The file is larger than {ArticleFileReader.MaxFileBytes / (1024 * 1024)} MB.")];
            }

            articles = ArticleFileReader.Parse(file, await File.ReadAllTextAsync(file, ct));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            logger.LogWarning(ex, "Could not read {File}", file);
            return [AddArticleResult.Invalid($"Could not read the file: {ex.Message}")];
        }

        var results = new List<AddArticleResult>();
        foreach (var article in articles)
        {
            await using var scope = scopes.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<ArticleService>();
            results.Add(await service.AddAsync(article, ct));
        }

        return results;
    }
}
