using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Search;

namespace NewsTracker.Core.Articles;

// A named article file from anywhere: a path on disk, an uploaded file. Name decides the format by its
// extension (.txt, .md, .json, or a .zip of those); Length is checked against the size limit before anything is read.
// A source with bytes is decoded by ArticleText (and a zip opened); ReadAsync serves sources that are text already.
public sealed record ImportSource(string Name, Func<CancellationToken, Task<string>> ReadAsync, long Length)
{
    public Func<CancellationToken, Task<byte[]>>? ReadBytesAsync { get; init; }

    public static ImportSource FromBytes(string name, Func<CancellationToken, Task<byte[]>> readBytes, long length) =>
        new(name, async ct => ArticleText.Decode(await readBytes(ct)) is { Text: { } text } ? text : throw new FormatException("The file is not text."), length)
        {
            ReadBytesAsync = readBytes,
        };

    public static ImportSource FromFile(string path)
    {
        var file = new FileInfo(path);
        return FromBytes(path, ct => File.ReadAllBytesAsync(path, ct), file.Exists ? file.Length : 0);
    }
}

public sealed record ImportFailure(string Path, string Reason);

// Records one batch's outcomes with the batch's scoped services (its database context and audit log), inside the
// transaction that stores the batch.
public delegate Task ImportJournal(IReadOnlyList<ImportOutcome> outcomes, IServiceProvider services, CancellationToken ct);

// One article of a source, or the source itself when it could not be read (Title null, Status Invalid).
public sealed record ImportOutcome(
    string Source,
    string? Title,
    AddArticleStatus Status,
    int? ArticleId,
    int? DuplicateOfId,
    string? DuplicateReason,
    int QuoteCount,
    IReadOnlyList<string> Errors)
{
    // What could not be read but did not stop the article (an unreadable date): "added with warnings".
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed record ImportReport(
    int FilesRead,
    int ArticlesAdded,
    int QuotesAdded,
    int Duplicates,
    IReadOnlyList<ImportFailure> Failures,
    IReadOnlyList<ImportOutcome> Outcomes)
{
    // Cancelled by the caller (Ctrl-C, shutdown): the report holds the batches committed before the stop; the batch
    // in hand was rolled back, and the same import run again adds the rest.
    public bool Stopped { get; init; }
}

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

    // The fewest new articles worth analysing the archive again for (see RefreshStatisticsAsync).
    public int ReanalyseAfter { get; set; } = 1_000;

    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, List<ImportFailure> failures)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleFileReader.IsArticleFile(f) || ArticleZip.IsZip(f))
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
        return ImportAsync(sources, failures, progress, journal: null, ct);
    }

    public Task<ImportReport> ImportAsync(IEnumerable<ImportSource> sources, IProgress<ImportProgress>? progress, CancellationToken ct) =>
        ImportAsync(sources.ToList(), [], progress, journal: null, ct);

    // Journal records each batch's outcomes with the batch's own services, inside the transaction that stores the
    // batch: a crash leaves a report of exactly what was stored, never articles without their report.
    public Task<ImportReport> ImportJournaledAsync(IReadOnlyList<ImportSource> sources, ImportJournal journal, CancellationToken ct) =>
        ImportAsync(sources.ToList(), [], progress: null, journal, ct);

    private async Task<ImportReport> ImportAsync(
        List<ImportSource> sources, List<ImportFailure> failures, IProgress<ImportProgress>? progress, ImportJournal? journal, CancellationToken ct)
    {
        var tally = new ImportTally(failures);
        int stored, analysedAt;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            _catalogue = await catalogue.GetAsync(db, ct);
            stored = analysedAt = await db.Articles.CountAsync(ct);
        }

        // One extracted batch waits while another is stored: extraction runs ten times faster than storing, so a
        // second waiting batch only held memory (about 100 MB at 1,000 articles a batch).
        var batches = Channel.CreateBounded<ImportBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(sources, batches.Writer, stop.Token), stop.Token);
        var stopped = false;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                await StoreAsync(batch, tally, journal, stop.Token);
                analysedAt = await RefreshStatisticsAsync(analysedAt, stored + tally.Added, stop.Token);
                progress?.Report(new ImportProgress(batch.FilesDone, sources.Count, batch.LastSource)
                {
                    Articles = tally.Articles,
                    Position = batch.Position,
                });
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            stopped = true;
        }
        finally
        {
            // A failed store ends the import; the producer must not be left blocked on a full channel.
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
            }
        }

        if (stopped)
        {
            logger.LogWarning(
                "Import stopped after {Added} articles with {Quotes} quotes; the batch in hand was not stored", tally.Added, tally.Quotes);
            return new ImportReport(sources.Count, tally.Added, tally.Quotes, tally.Duplicates, failures, tally.Outcomes) { Stopped = true };
        }

        if (tally.Added > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var dialect = scope.ServiceProvider.GetRequiredService<IDatabaseDialect>();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            await dialect.OptimizeAsync(db, ct);
            await dialect.AfterImportAsync(db, tally.Added, ct);
        }

        logger.LogInformation(
            "Imported {Added} articles with {Quotes} quotes from {Files} files; {Duplicates} duplicates, {Failures} failures",
            tally.Added, tally.Quotes, sources.Count, tally.Duplicates, failures.Count);
        return new ImportReport(sources.Count, tally.Added, tally.Quotes, tally.Duplicates, failures, tally.Outcomes);
    }

    // The planner's statistics describe the archive as it was when last analysed; a long import into a small archive
    // outgrows them (an empty archive's say every table is empty), and SQLite then picks scans where an index would
    // do, so each batch gets slower. Analysed again each time the archive has doubled, a few times per run.
    private async Task<int> RefreshStatisticsAsync(int analysedAt, int now, CancellationToken ct)
    {
        if (now - analysedAt < ReanalyseAfter || now < 2 * analysedAt)
        {
            return analysedAt;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseDialect>()
            .OptimizeAsync(scope.ServiceProvider.GetRequiredService<NewsDbContext>(), ct);
        return now;
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
                var items = await ReadAsync(source, ct);
                for (var a = 0; a < items.Count; a++)
                {
                    pending.Add(items[a]);
                    if (pending.Count == BatchSize)
                    {
                        var position = filesDone + ((a + 1.0) / items.Count);
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
                try
                {
                    prepared[i] = PreparedArticle.Prepare(article, extractor, compiled);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A fault in extraction fails this article, reported with the others, not the whole import: the
                    // rest is stored, and a re-run once it is fixed adds this one.
                    logger.LogError(ex, "Extracting {Source} failed", LogText.Clean(items[i].Source));
                    items[i] = ImportItem.Refused(items[i].Source, "Quotes could not be extracted from this article (an error in NewsTracker, logged); nothing of it was stored.");
                }
            }
        });
        return new ImportBatch(items, prepared, filesDone, position, lastSource);
    }

    private async Task StoreAsync(ImportBatch batch, ImportTally tally, ImportJournal? journal, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var toWrite = batch.Prepared.OfType<PreparedArticle>().ToList();
        List<ImportOutcome> outcomes = [];
        WriteResult written;
        if (toWrite.Count == 0)
        {
            written = new WriteResult([], false);
            outcomes = Outcomes(batch, written);
            if (journal is not null)
            {
                await journal(outcomes, services, ct);
            }
        }
        else if (journal is null)
        {
            written = await services.GetRequiredService<ArchiveWriter>().WriteAsync(toWrite, ct);
            outcomes = Outcomes(batch, written);
        }
        else
        {
            written = await services.GetRequiredService<ArchiveWriter>().WriteAsync(
                toWrite,
                async (result, token) =>
                {
                    outcomes = Outcomes(batch, result);
                    await journal(outcomes, services, token);
                },
                ct);
        }

        // Counted as soon as it is committed, so a stop while the catalogue reloads still reports this batch.
        outcomes.ForEach(tally.Add);
        if (written.CreatedActors)
        {
            catalogue.Invalidate();
            _catalogue = await catalogue.GetAsync(services.GetRequiredService<NewsDbContext>(), ct);
        }
    }

    private static List<ImportOutcome> Outcomes(ImportBatch batch, WriteResult written)
    {
        var outcomes = new List<ImportOutcome>(batch.Items.Count);
        var next = 0;
        foreach (var item in batch.Items)
        {
            if (item.Error is not null)
            {
                outcomes.Add(new ImportOutcome(item.Source, null, AddArticleStatus.Invalid, null, null, null, 0, [item.Error]));
                continue;
            }

            var result = written.Results[next++];
            outcomes.Add(new ImportOutcome(
                item.Source,
                ArticleRules.Clean(item.Article!.Title),
                result.Status,
                result.ArticleId,
                result.DuplicateOfId,
                result.DuplicateReason,
                result.QuoteCount,
                result.Errors ?? [])
            {
                Warnings = item.Warnings,
            });
        }

        return outcomes;
    }

    // The source's articles as import items, or one item saying why the source (or a file in its zip) was refused.
    private async Task<List<ImportItem>> ReadAsync(ImportSource source, CancellationToken ct)
    {
        if (ArticleFileReader.ImportProblem(source.Name) is { } problem)
        {
            return [ImportItem.Refused(source.Name, problem)];
        }

        var zip = ArticleZip.IsZip(source.Name);
        var limit = zip ? ArticleZip.MaxZipBytes : ArticleFileReader.MaxFileBytes;
        if (source.Length > limit)
        {
            return [ImportItem.Refused(source.Name, $"The file is larger than {limit / (1024 * 1024)} MB.")];
        }

        try
        {
            if (!zip)
            {
                return source.ReadBytesAsync is { } readBytes
                    ? Parse(source.Name, ArticleText.Decode(await readBytes(ct)))
                    : Parse(source.Name, TextDecoding.Ok(await source.ReadAsync(ct)));
            }

            if (source.ReadBytesAsync is null)
            {
                return [ImportItem.Refused(source.Name, "A zip can only be imported from its file.")];
            }

            var contents = ArticleZip.Read(source.Name, await source.ReadBytesAsync(ct));
            return contents.Error is { } error
                ? [ImportItem.Refused(source.Name, error)]
                : contents.Entries.SelectMany(e => e.Error is null ? Parse(e.Name, ArticleText.Decode(e.Bytes)) : [ImportItem.Refused(e.Name, e.Error)]).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not read {File}", LogText.Clean(source.Name));
            return [ImportItem.Refused(source.Name, "The file could not be read (it may have been moved, or the upload was cut off).")];
        }
    }

    private static List<ImportItem> Parse(string name, TextDecoding decoded)
    {
        if (decoded.Error is { } error)
        {
            return [ImportItem.Refused(name, error)];
        }

        if (decoded.Text!.Length > ArticleFileReader.MaxFileBytes)
        {
            return [ImportItem.Refused(name, $"The file is larger than {ArticleFileReader.MaxFileBytes / (1024 * 1024)} MB.")];
        }

        try
        {
            var articles = ArticleFileReader.Read(name, decoded.Text);
            return articles.Count == 0
                ? [ImportItem.Refused(name, "The file holds no article.")]
                : articles.Select(a => new ImportItem(name, a.Article, null, a.Warnings)).ToList();
        }
        catch (FormatException ex)
        {
            // Our own messages ("The file is not valid JSON near line 3."), written for editors.
            return [ImportItem.Refused(name, ex.Message)];
        }
    }

    private sealed record ImportItem(string Source, NewArticle? Article, string? Error, IReadOnlyList<string> Warnings)
    {
        public static ImportItem Refused(string source, string error) => new(source, null, error, []);
    }

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
