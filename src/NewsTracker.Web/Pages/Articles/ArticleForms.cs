using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Articles;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Articles;

// The add and edit pages, as the shared fields partial sees them.
public interface IArticleForm
{
    ArticleInput Input { get; }
}

// What the add and edit forms share when they refuse input.
public static class ArticleForms
{
    // 413 so scripts see the refusal; the form comes back with the text cut to what fits and a message saying so.
    public static PageResult TooLong(PageModel page, ArticleInput input)
    {
        var cut = input.CutBodyToFit();
        page.ModelState.SetModelValue("Input.Body", new ValueProviderResult(input.Body), input.Body);
        page.ModelState["Input.Body"]!.Errors.Clear();
        page.ModelState.AddModelError(
            "Input.Body",
            $"The article text can be at most {Display.Number(Article.BodyMaxLength)} characters: the first {Display.Number(input.Body!.Length)} are kept in the box below and the last {Display.Number(cut)} were cut. Split the piece and add the rest as another article.");
        return WithStatus(page.Page(), StatusCodes.Status413PayloadTooLarge);
    }

    public static PageResult Errors(PageModel page, IEnumerable<string>? errors)
    {
        foreach (var error in errors ?? ["The article could not be saved."])
        {
            page.ModelState.AddModelError(string.Empty, error);
        }

        return page.Page();
    }

    public static PageResult Duplicate(PageModel page, ArticleDuplicate duplicate)
    {
        page.ModelState.AddModelError(string.Empty, $"This article is already tracked ({duplicate.Reason}); nothing was saved.");
        return WithStatus(page.Page(), StatusCodes.Status409Conflict);
    }

    public static PageResult WithStatus(PageResult result, int status)
    {
        result.StatusCode = status;
        return result;
    }
}
