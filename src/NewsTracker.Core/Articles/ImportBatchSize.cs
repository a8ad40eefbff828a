using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace NewsTracker.Core.Articles;

// How many articles one import transaction stores (Import:BatchSize). Larger batches dirty each index page once
// for more rows, which is what keeps a long import's rate flat; smaller ones hold less in memory.
public static class ImportBatchSize
{
    public const string Key = "Import:BatchSize";
    public const int Smallest = 1;
    public const int Largest = 10_000;

    public static int From(IConfiguration configuration)
    {
        var configured = configuration[Key];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return ArticleImporter.DefaultBatchSize;
        }

        if (int.TryParse(configured, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size is >= Smallest and <= Largest)
        {
            return size;
        }

        throw new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture,
            $"{Key} is \"{configured}\"; it must be a whole number of articles from {Smallest} to {Largest:N0}."));
    }
}
