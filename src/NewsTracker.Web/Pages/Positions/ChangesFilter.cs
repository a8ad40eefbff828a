using System.ComponentModel.DataAnnotations;

namespace NewsTracker.Web.Pages.Positions;

// The changes list's filters, bound from the query string so a filtered list is a link.
public sealed class ChangesFilter
{
    [StringLength(200, ErrorMessage = "The speaker can be at most {1} characters.")]
    public string? Speaker { get; set; }

    [StringLength(200, ErrorMessage = "The topic can be at most {1} characters.")]
    public string? Topic { get; set; }

    [Display(Name = "page number")]
    public int P { get; set; } = 1;

    public IReadOnlyDictionary<string, string?> RouteValues() => new Dictionary<string, string?>
    {
        ["speaker"] = Speaker,
        ["topic"] = Topic,
    };
}
