using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsTracker.Core.Data;

namespace NewsTracker.Cli.Generation;

// Streams a synthetic archive as JSON files the importer reads (ArticleFileReader): an array of
// { title, body, outlet, url, author, publishedAt } per file, 1,000 articles a file, one file at a time.
internal sealed class ArchiveWriter(int articles, ulong seed)
{
    public const int ArticlesPerFile = 1000;

    // Curly quotes stay as they are; "\n" line ends whatever the platform, so a seed gives the same bytes everywhere.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArticleComposer _composer = new(seed, new TopicPhrases(ReferenceData.Topics));
    private int _written;

    public int FileCount => (articles + ArticlesPerFile - 1) / ArticlesPerFile;

    public static string FileName(int index) => string.Create(CultureInfo.InvariantCulture, $"archive-{index + 1:D5}.json");

    // Writes the next file's articles; files must be taken in order, as each article may draw on earlier ones.
    public void WriteNextFile(Stream stream)
    {
        if (_written >= articles)
        {
            throw new InvalidOperationException("Every article of the archive has been written.");
        }

        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartArray();
        var end = Math.Min(articles, _written + ArticlesPerFile);
        while (_written < end)
        {
            Write(json, _composer.Next(++_written));
            if (_written % 64 == 0)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Write(Utf8JsonWriter json, GeneratedArticle article)
    {
        json.WriteStartObject();
        json.WriteString("title", article.Title);
        json.WriteString("body", article.Body);
        json.WriteString("outlet", article.Outlet);
        json.WriteString("url", article.Url);
        json.WriteString("author", article.Author);
        json.WriteString("publishedAt", article.PublishedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }
}
