using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Following;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Pages.Searches;

// Saves the filters of a /Quotes address under a name. Every role keeps its own searches: not an editor's write.
[Authorize]
[AllowAnonymousPost]
public sealed class SaveModel(SavedSearchService searches) : PageModel
{
    [BindProperty]
    public SaveSearchInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string Filters => SavedQuery.Describe(Input.Query ?? string.Empty);

    // The form on its own: /Searches/Save?topic=energy offers to save those filters.
    public void OnGet() => Input = new SaveSearchInput { Query = SavedQuery.Canonical(Request.QueryString.Value, []) };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Input.Query = SavedQuery.Canonical(Input.Query, errors);
        foreach (var message in errors.Values.SelectMany(m => m))
        {
            ModelState.AddModelError(string.Empty, message);
        }

        var name = string.IsNullOrWhiteSpace(Input.Name) ? SavedQuery.DefaultName(Input.Query) : Input.Name.Trim();
        var result = ModelState.IsValid ? await searches.SaveAsync(User.ReaderId(), name, Input.Query, ct) : null;
        if (result is { Succeeded: true })
        {
            StatusMessage = $"Saved “{name}”. New quotes that match it are counted here.";
            return RedirectToPage("/Searches/Index");
        }

        result?.Errors.ToList().ForEach(error => ModelState.AddModelError(string.Empty, error));
        return Page();
    }
}

public sealed class SaveSearchInput
{
    [StringLength(SavedSearch.NameMaxLength, ErrorMessage = "A search name can be at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    // The /Quotes query string, as the page's own address carries it.
    [StringLength(SavedSearch.QueryMaxLength, ErrorMessage = "These filters are too long to save.")]
    public string? Query { get; set; }
}
