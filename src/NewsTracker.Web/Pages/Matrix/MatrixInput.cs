using System.Globalization;
using NewsTracker.Core.Attention;
using NewsTracker.Web.Infrastructure;
using ActorLink = NewsTracker.Core.Actors.ActorLink;

namespace NewsTracker.Web.Pages.Matrix;

// The matrix's filters, from the query string so every matrix is a link: /Matrix?topic=&from=&to=.
public sealed class MatrixInput
{
    public string? Topic { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public bool HasFilters => !string.IsNullOrWhiteSpace(Topic) || From is not null || To is not null;

    public MatrixQuery ToQuery() => new(string.IsNullOrWhiteSpace(Topic) ? null : Topic.Trim(), DateFilter.Start(From), DateFilter.End(To));

    // A cell's quotes: /Quotes filtered to the row's affiliation and the column's actor, with this matrix's filters.
    public Dictionary<string, string?> QuotesOf(ActorLink affiliation, ActorLink actor, string? topicSlug) => new()
    {
        ["affiliation"] = affiliation.Slug,
        ["actor"] = actor.Slug,
        ["topic"] = topicSlug,
        ["from"] = Day(From),
        ["to"] = Day(To),
    };

    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

// How dark a cell is: five steps of its count against the largest in the matrix (CSS classes, no inline style).
public static class MatrixShading
{
    public static string Class(int count, int largest) =>
        count <= 0 || largest <= 0 ? "heat-0" : "heat-" + Math.Clamp((int)Math.Ceiling(5.0 * count / largest), 1, 5).ToString(CultureInfo.InvariantCulture);
}
