using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Pages.Matrix;

public sealed class IndexModel(MentionMatrixService matrix, TopicService topics) : PageModel
{
    public MatrixInput Input { get; private set; } = new();

    public MentionMatrix? Matrix { get; private set; }

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] MatrixInput input, CancellationToken ct)
    {
        Input = input;
        Topics = await topics.ListAsync(ct);
        if (!ModelState.IsValid)
        {
            return;
        }

        Matrix = await matrix.CountAsync(input.ToQuery(), ct);
        foreach (var refused in Matrix.Refused)
        {
            ModelState.AddModelError(refused.Field, refused.Message);
        }
    }
}
