using System.ComponentModel.DataAnnotations;
using System.Globalization;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Quotes;

// The quote browser's filters, bound from the query string so every search is a link.
public sealed class QuoteSearchInput : IValidatableObject
{
    [StringLength(200, ErrorMessage = "Search text can be at most {1} characters.")]
    public string? Q { get; set; }

    public string? Speaker { get; set; }

    public string? Actor { get; set; }

    public string? Topic { get; set; }

    public QuoteKind? Kind { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Outlet { get; set; }

    // Quotes by anyone speaking for this actor: a name, alias or slug.
    public string? Affiliation { get; set; }

    [Range(0, 1, ErrorMessage = "The lowest confidence must be between 0 and 1.")]
    public double? MinConfidence { get; set; }

    // "relevance" ranks by how well the quote matches the text; anything else is newest first.
    public string? Sort { get; set; }

    public bool ByRelevance => string.Equals(Sort?.Trim(), "relevance", StringComparison.OrdinalIgnoreCase);

    [Display(Name = "page number")]
    public int P { get; set; } = 1;

    public bool HasFilters =>
        !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Speaker) || !string.IsNullOrWhiteSpace(Actor)
        || !string.IsNullOrWhiteSpace(Topic) || Kind is not null || From is not null || To is not null
        || !string.IsNullOrWhiteSpace(Outlet) || !string.IsNullOrWhiteSpace(Affiliation) || MinConfidence is not null;

    public QuoteFilter ToFilter(int pageSize) => new(
        Clean(Speaker),
        Clean(Actor),
        string.IsNullOrWhiteSpace(Topic) ? null : Topic.Trim(),
        Q,
        Kind,
        DateFilter.Start(From),
        DateFilter.End(To),
        P,
        pageSize,
        OnePerStatement: true,
        ByRelevance ? QuoteSort.Relevance : QuoteSort.Newest,
        Clean(Outlet),
        Clean(Affiliation),
        MinConfidence);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public IReadOnlyDictionary<string, string?> RouteValues() => new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["speaker"] = Speaker,
        ["actor"] = Actor,
        ["topic"] = Topic,
        ["kind"] = Kind is { } kind ? Display.KindValue(kind) : null,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["outlet"] = Outlet,
        ["affiliation"] = Affiliation,
        ["minConfidence"] = MinConfidence?.ToString(CultureInfo.InvariantCulture),
        ["sort"] = ByRelevance ? "relevance" : null,
    };

    // The same filters for GET /api/quotes/export, which reads names and aliases as the page does.
    public QueryString ExportQuery(string format)
    {
        var values = new Dictionary<string, string?>(RouteValues())
        {
            ["format"] = format,
        };
        return QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && to < from)
        {
            yield return new ValidationResult("The end date is before the start date.", [nameof(To)]);
        }
    }
}
