using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Search;

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

// Done of Total sources have been read to the end; Position adds the part of the current source already
// settled, for a smooth bar. Articles counts the articles settled (stored, duplicate or refused).
public sealed record ImportProgress(int Done, int Total, string Path)
{
    public int Articles { get; init; }
    public double Position { get; init; }
}

// Imports article files, from disk or from anywhere else, as a pipeline: files are read and their articles
// extracted on every core, a batch at a time, while the batch before is stored in one transaction. A batch
// that fails to store leaves nothing behind, so an import cut off at any moment can simply be run again.
public sealed class ArticleImporter(
    IServiceScopeFactory scopes,
    QuoteExtractor extractor,
    CatalogueCache catalogue,
    ILogger<ArticleImporter> logger)
{
    public const int DefaultBatchSize = 250;

    // The catalogue the extraction workers use: refreshed by the storing side when a batch created actors,
    // so the next batches know the people the earlier ones introduced.
    private volatile CompiledCatalogue? _catalogue;

    public int BatchSize { get; set; } = DefaultBatchSize;

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
        var tally = new ImportTally(failures);
        await using (var scope = scopes.CreateAsyncScope())
        {
            _catalogue = await catalogue.GetAsync(scope.ServiceProvider.GetRequiredService<NewsDbContext>(), ct);
        }

        var batches = Channel.CreateBounded<ImportBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(sources, batches.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                await StoreAsync(batch, tally, stop.Token);
                progress?.Report(new ImportProgress(batch.FilesDone, sources.Count, batch.LastSource)
                {
                    Articles = tally.Articles,
                    Position = batch.Position,
                });
            }
        }
        finally
        {
            // A failed store ends the import; the producer must not be left blocked on a full channel.
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
            }
        }

        if (tally.Added > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IDatabaseDialect>()
                .OptimizeAsync(scope.ServiceProvider.GetRequiredService<NewsDbContext>(), ct);
        }

        logger.LogInformation(
            "Imported {Added} articles with {Quotes} quotes from {Files} files; {Duplicates} duplicates, {Failures} failures",
            tally.Added, tally.Quotes, sources.Count, tally.Duplicates, failures.Count);
        return new ImportReport(sources.Count, tally.Added, tally.Quotes, tally.Duplicates, failures, tally.Outcomes);
    }

    private async Task ProduceAsync(List<ImportSource> sources, ChannelWriter<ImportBatch> output, CancellationToken ct)
    {
        try
        {
            var pending = new List<ImportItem>(BatchSize);
            var filesDone = 0;
            for (var s = 0; s < sources.Count; s++)
            {
                var source = sources[s];
                var (articles, error) = await ReadAsync(source, ct);
                if (error is not null)
                {
                    pending.Add(new ImportItem(source.Name, null, error));
                }

                for (var a = 0; a < articles.Count; a++)
                {
                    pending.Add(new ImportItem(source.Name, articles[a], null));
                    if (pending.Count == BatchSize)
                    {
                        var position = filesDone + ((a + 1.0) / articles.Count);
                        await output.WriteAsync(Extract(pending, filesDone, position, source.Name, ct), ct);
                        pending = new List<ImportItem>(BatchSize);
                    }
                }

                filesDone++;
                if (pending.Count > 0 && s == sources.Count - 1)
                {
                    await output.WriteAsync(Extract(pending, filesDone, filesDone, source.Name, ct), ct);
                    pending = [];
                }
            }

            output.Complete();
        }
        catch (Exception ex)
        {
            output.Complete(ex);
            throw;
        }
    }

    private ImportBatch Extract(List<ImportItem> items, int filesDone, double position, string lastSource, CancellationToken ct)
    {
        var compiled = _catalogue!;
        var prepared = new PreparedArticle?[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (items[i].Article is { } article)
            {
                prepared[i] = PreparedArticle.Prepare(article, extractor, compiled);
            }
        });
        return new ImportBatch(items, prepared, filesDone, position, lastSource);
    }

    private async Task StoreAsync(ImportBatch batch, ImportTally tally, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var toWrite = batch.Prepared.OfType<PreparedArticle>().ToList();
        var written = toWrite.Count == 0 ? new WriteResult([], false)
            : await scope.ServiceProvider.GetRequiredService<ArchiveWriter>().WriteAsync(toWrite, ct);
        if (written.CreatedActors)
        {
            catalogue.Invalidate();
            _catalogue = await catalogue.GetAsync(scope.ServiceProvider.GetRequiredService<NewsDbContext>(), ct);
        }

        var next = 0;
        foreach (var item in batch.Items)
        {
            if (item.Error is not null)
            {
                tally.Add(new ImportOutcome(item.Source, null, AddArticleStatus.Invalid, null, null, null, 0, [item.Error]));
                continue;
            }

            var result = written.Results[next++];
            tally.Add(new ImportOutcome(
                item.Source,
                ArticleRules.Clean(item.Article!.Title),
                result.Status,
                result.ArticleId,
                result.DuplicateOfId,
                result.DuplicateReason,
                result.QuoteCount,
                result.Errors ?? []));
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
            logger.LogWarning(ex, "Could not read {File}", LogText.Clean(source.Name));
            return ([], $"Could not read the file: {ex.Message}");
        }
    }

    private sealed record ImportItem(string Source, NewArticle? Article, string? Error);

    private sealed record ImportBatch(List<ImportItem> Items, PreparedArticle?[] Prepared, int FilesDone, double Position, string LastSource);

    private sealed class ImportTally(List<ImportFailure> failures)
    {
        public List<ImportOutcome> Outcomes { get; } = [];
        public int Added { get; private set; }
        public int Quotes { get; private set; }
        public int Duplicates { get; private set; }
        public int Articles => Outcomes.Count;

        public void Add(ImportOutcome outcome)
        {
            Outcomes.Add(outcome);
            switch (outcome.Status)
            {
                case AddArticleStatus.Added:
                    Added++;
                    Quotes += outcome.QuoteCount;
                    break;
                case AddArticleStatus.Duplicate:
                    Duplicates++;
                    break;
                default:
                    failures.Add(new ImportFailure(outcome.Source, string.Join(' ', outcome.Errors)));
                    break;
            }
        }
    }
}
