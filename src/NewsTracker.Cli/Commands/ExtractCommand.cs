using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using Spectre.Console;

namespace NewsTracker.Cli.Commands;

// extract FILE|-: prints the quotes of one article and stores nothing. The catalogue comes from the
// configured database when it exists (never created or migrated here), else the reference data.
internal static class ExtractCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var file = new Argument<string>("FILE") { Description = "An article file (.txt: first non-empty line is the title; .md; .json), or - for standard input (plain text)." };
        var json = new Option<bool>("--json") { Description = "Print { \"quotes\": [ ... ] } as JSON." };
        var command = new Command("extract", "Print the quotes of one article without storing anything.") { file, json };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            NewArticle article;
            try
            {
                article = await ReadAsync(context, path, ct);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException)
            {
                await context.Error.WriteLineAsync(ex is FileNotFoundException or DirectoryNotFoundException
                    ? $"No such file: {path}"
                    : $"Could not read {path}: {ex.Message}");
                return ExitCodes.Usage;
            }

            using var host = CliHost.Build(context, result.GetValue(options.Connection));
            var catalogue = await LoadCatalogueAsync(host.Services, ct);
            var extraction = host.Services.GetRequiredService<QuoteExtractor>().Extract(article.Body, catalogue, article.Title);

            if (result.GetValue(json))
            {
                await context.Output.WriteLineAsync(CliJson.Serialize(new { quotes = extraction.Quotes.Select(ToJson) }));
            }
            else
            {
                Render(context, article, extraction);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<NewArticle> ReadAsync(CliContext context, string path, CancellationToken ct)
    {
        if (path == "-")
        {
            return ArticleFileReader.ParseText(await context.Input.ReadToEndAsync(ct));
        }

        if (Directory.Exists(path))
        {
            throw new IOException($"{path} is a folder; extract reads one article file.");
        }

        if (File.Exists(path) && new FileInfo(path).Length > ArticleFileReader.MaxFileBytes)
        {
            throw new IOException($"the file is larger than {ArticleFileReader.MaxFileBytes / (1024 * 1024)} MB.");
        }

        var articles = ArticleFileReader.Parse(path, await File.ReadAllTextAsync(path, ct));
        if (articles.Count == 0)
        {
            throw new FormatException("the file holds no article.");
        }

        if (articles.Count > 1)
        {
            await context.Error.WriteLineAsync($"{path} holds {articles.Count} articles; extracting the first.");
        }

        return articles[0];
    }

    private static async Task<CompiledCatalogue> LoadCatalogueAsync(IServiceProvider services, CancellationToken ct)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExtractCommand));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        try
        {
            if (await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().ExistsAsync(ct))
            {
                var catalogue = await CatalogueCache.LoadAsync(db, ct);
                if (catalogue.Actors.Count > 0 || catalogue.Topics.Count > 0)
                {
                    return CompiledCatalogue.Compile(catalogue);
                }
            }
        }
        catch (DbException ex)
        {
            // Any engine's error (a file that is no database, tables not yet migrated): the reference data will do.
            logger.LogWarning(ex, "Could not read the catalogue from {Database}; using the reference catalogue", db.Database.GetDbConnection().DataSource);
        }

        return CompiledCatalogue.Compile(ReferenceData.Catalogue);
    }

    private static object ToJson(ExtractedQuote quote) => new
    {
        text = quote.Text,
        kind = EvalCommand.KindName(quote.Kind),
        speaker = quote.Speaker?.Name,
        speakerAsWritten = quote.SpeakerAsWritten,
        affiliation = quote.Speaker?.Affiliation,
        actors = quote.Actors,
        topics = quote.Topics,
        start = quote.Start,
        end = quote.End,
    };

    private static void Render(CliContext context, NewArticle article, ExtractionResult extraction)
    {
        var console = context.CreateConsole(context.Output);
        console.WriteLine($"{article.Title}: {extraction.Quotes.Count} quotes");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(new TableColumn("Kind"));
        table.AddColumn(new TableColumn("Speaker").Width(28));
        table.AddColumn(new TableColumn("Quote"));
        table.AddColumn(new TableColumn("Actors").Width(16));
        table.AddColumn(new TableColumn("Topics").Width(16));
        var number = 0;
        foreach (var quote in extraction.Quotes)
        {
            var speaker = quote.Speaker is { } s
                ? s.Name + (s.Affiliation is { } affiliation ? $" ({affiliation})" : string.Empty)
                : "(unknown)";
            if (quote.SpeakerAsWritten is { } written && !string.Equals(written, quote.Speaker?.Name, StringComparison.Ordinal))
            {
                speaker += $"\nas written: {written}";
            }

            table.AddRow(
                new Text((++number).ToString(CultureInfo.InvariantCulture)),
                new Text(EvalCommand.KindName(quote.Kind)),
                new Text(speaker),
                new Text(quote.Text),
                new Text(string.Join(", ", quote.Actors)),
                new Text(string.Join(", ", quote.Topics)));
        }

        console.Write(table);
    }
}
