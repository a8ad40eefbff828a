using System.ComponentModel.DataAnnotations;
using System.Text;
using NewsTracker.Core.Articles;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Articles;

public sealed class ImportInput : IValidatableObject
{
    public static readonly string[] Extensions = [".txt", ".md", ".json"];

    [Display(Name = "Article files")]
    public List<IFormFile> Files { get; set; } = [];

    // Each upload as an import source, read when the importer reaches it; named without any client path.
    public IEnumerable<ImportSource> ToSources() =>
        Files.Select(file => new ImportSource(Path.GetFileName(file.FileName), ct => ReadAsync(file, ct), file.Length));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Files.Count == 0)
        {
            yield return new ValidationResult("Choose one or more article files to import.", [nameof(Files)]);
            yield break;
        }

        if (Files.Count > RequestLimits.MaxImportFiles)
        {
            yield return new ValidationResult($"Import at most {RequestLimits.MaxImportFiles} files at a time.", [nameof(Files)]);
        }

        foreach (var file in Files)
        {
            var name = Path.GetFileName(file.FileName);
            if (!Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
            {
                yield return new ValidationResult($"“{name}” is not a .txt, .md or .json file.", [nameof(Files)]);
            }
            else if (file.Length == 0)
            {
                yield return new ValidationResult($"“{name}” is empty.", [nameof(Files)]);
            }
            else if (file.Length > RequestLimits.ImportFileMaxBytes)
            {
                yield return new ValidationResult(
                    $"“{name}” is larger than {RequestLimits.Describe(RequestLimits.ImportFileMaxBytes)}.", [nameof(Files)]);
            }
        }
    }

    private static async Task<string> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(ct);
    }
}
