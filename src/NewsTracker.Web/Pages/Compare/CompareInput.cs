using System.ComponentModel.DataAnnotations;
using System.Globalization;
using NewsTracker.Core.Attention;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Compare;

// A comparison as a link: /Compare?speakers=a,b[,c,d] (or actors= or topics=), optionally topic=, from=, to=, by=.
// The rules (one kind, two to four names, dates in order) live in Core's CompareRules; this only carries the fields.
public sealed class CompareInput
{
    private const int ListMaxLength = 1_000;

    [StringLength(ListMaxLength, ErrorMessage = "The speakers can be at most {1} characters in all.")]
    public string? Speakers { get; set; }

    [StringLength(ListMaxLength, ErrorMessage = "The actors can be at most {1} characters in all.")]
    public string? Actors { get; set; }

    [StringLength(ListMaxLength, ErrorMessage = "The topics can be at most {1} characters in all.")]
    public string? Topics { get; set; }

    public string? Topic { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public AttentionPeriod? By { get; set; }

    public bool IsEmpty =>
        CompareRules.Split(Speakers).Count == 0 && CompareRules.Split(Actors).Count == 0 && CompareRules.Split(Topics).Count == 0;

    public CompareRequest ToRequest() =>
        new(Speakers, Actors, Topics, string.IsNullOrWhiteSpace(Topic) ? null : Topic.Trim(), DateFilter.Start(From), DateFilter.End(To), By);

    // The shareable link's query: lists tidied to "a,b", empty fields left out.
    public Dictionary<string, string?> RouteValues() => new()
    {
        ["speakers"] = List(Speakers),
        ["actors"] = List(Actors),
        ["topics"] = List(Topics),
        ["topic"] = string.IsNullOrWhiteSpace(Topic) ? null : Topic.Trim(),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["by"] = By?.ToString().ToLowerInvariant(),
    };

    private static string? List(string? names) => CompareRules.Split(names) is { Count: > 0 } split ? string.Join(",", split) : null;
}
