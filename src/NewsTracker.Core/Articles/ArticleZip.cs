using System.IO.Compression;

namespace NewsTracker.Core.Articles;

// A .zip of article files, opened with limits a zip bomb cannot get past: the number of entries, each entry's
// size once unzipped (counted while reading, never taken from the entry's header), and the total unzipped.
public static class ArticleZip
{
    public const int MaxEntries = 1_000;
    public const long MaxZipBytes = 25 * 1024 * 1024;
    public const long MaxEntryBytes = ArticleFileReader.MaxFileBytes;
    public const long MaxTotalBytes = 50 * 1024 * 1024;

    public static bool IsZip(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    // The article files inside, each read to its bytes or refused with a reason; or the zip refused whole.
    public static ZipContents Read(string zipName, byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            var files = archive.Entries.Where(e => !IsFolderOrSystemFile(e.FullName)).ToList();
            if (files.Count > MaxEntries)
            {
                return ZipContents.Refused($"The zip holds {files.Count:N0} files; import at most {MaxEntries:N0} at a time.");
            }

            var entries = new List<ZipEntryFile>();
            long total = 0;
            foreach (var entry in files)
            {
                var name = zipName + "/" + entry.FullName;
                var problem = IsZip(entry.Name) ? "A zip inside a zip is not opened." : ArticleFileReader.ImportProblem(entry.Name);
                if (problem is not null)
                {
                    entries.Add(new ZipEntryFile(name, null, problem));
                    continue;
                }

                var bytes = ReadLimited(entry, Math.Min(MaxEntryBytes, MaxTotalBytes - total));
                if (bytes is null)
                {
                    var reason = total + MaxEntryBytes > MaxTotalBytes
                        ? $"Not unzipped: the zip holds more than {MaxTotalBytes / (1024 * 1024)} MB of files once unzipped."
                        : $"The file is larger than {MaxEntryBytes / (1024 * 1024)} MB once unzipped.";
                    entries.Add(new ZipEntryFile(name, null, reason));
                    continue;
                }

                total += bytes.Length;
                entries.Add(new ZipEntryFile(name, bytes, null));
            }

            return new ZipContents(entries, null);
        }
        catch (InvalidDataException)
        {
            return ZipContents.Refused("The zip file is damaged or is not a zip file.");
        }
        catch (NotSupportedException)
        {
            return ZipContents.Refused("The zip file uses a compression method or encryption that cannot be read.");
        }
    }

    // Reads at most `limit` bytes; null when the entry holds more.
    private static byte[]? ReadLimited(ZipArchiveEntry entry, long limit)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsFolderOrSystemFile(string path) =>
        path.EndsWith('/') || path.StartsWith("__MACOSX/", StringComparison.Ordinal)
        || Path.GetFileName(path).StartsWith('.');
}

public sealed record ZipEntryFile(string Name, byte[]? Bytes, string? Error);

public sealed record ZipContents(IReadOnlyList<ZipEntryFile> Entries, string? Error)
{
    public static ZipContents Refused(string error) => new([], error);
}
