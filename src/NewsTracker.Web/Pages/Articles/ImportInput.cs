using System.ComponentModel.DataAnnotations;
using NewsTracker.Core.Articles;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Articles;

// Only what concerns the upload as a whole is checked here; each file's type, size and text are the importer's
// to judge, file by file, so one bad file is refused in the report without refusing the others.
public sealed class ImportInput : IValidatableObject
{
    public static readonly string[] Extensions = [".txt", ".md", ".json", ".zip"];

    [Display(Name = "Article files")]
    public List<IFormFile> Files { get; set; } = [];

    // Each upload as an import source, read when the importer reaches it; named without any client path.
    public IEnumerable<ImportSource> ToSources() =>
        Files.Select(file => ImportSource.FromBytes(Path.GetFileName(file.FileName), ct => ReadAsync(file, ct), file.Length));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Files.Count == 0)
        {
            yield return new ValidationResult("Choose one or more article files to import.", [nameof(Files)]);
        }
        else if (Files.Count > RequestLimits.MaxImportFiles)
        {
            yield return new ValidationResult($"Import at most {RequestLimits.MaxImportFiles} files at a time (or put them in one .zip).", [nameof(Files)]);
        }
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, ArticleZip.MaxZipBytes));
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
