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

    [Display(Name = "page number")]
    public int P { get; set; } = 1;

    public bool HasFilters =>
        !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Speaker) || !string.IsNullOrWhiteSpace(Actor)
        || !string.IsNullOrWhiteSpace(Topic) || Kind is not null || From is not null || To is not null;

    public QuoteFilter ToFilter(int pageSize) => new(
        Display.SlugOrId(Speaker),
        Display.SlugOrId(Actor),
        string.IsNullOrWhiteSpace(Topic) ? null : Topic.Trim(),
        Q,
        Kind,
        DateFilter.Start(From),
        DateFilter.End(To),
        P,
        pageSize,
        OnePerStatement: true);

    public IReadOnlyDictionary<string, string?> RouteValues() => new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["speaker"] = Speaker,
        ["actor"] = Actor,
        ["topic"] = Topic,
        ["kind"] = Kind is { } kind ? Display.Kind(kind) : null,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    // The same filters for GET /api/quotes/export, in the API's terms (a typed name becomes its slug, as ToFilter does).
    public QueryString ExportQuery(string format)
    {
        var values = new Dictionary<string, string?>(RouteValues())
        {
            ["speaker"] = Display.SlugOrId(Speaker),
            ["actor"] = Display.SlugOrId(Actor),
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
