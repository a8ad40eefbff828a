using Microsoft.AspNetCore.Html;
using NewsTracker.Core.Common;

namespace NewsTracker.Web.Infrastructure;

// A word diff as markup: each piece of text is encoded; only the <del> and <ins> around it are markup.
public static class DiffHtml
{
    public static IHtmlContent Of(IReadOnlyList<DiffPiece> pieces)
    {
        var html = new HtmlContentBuilder();
        foreach (var piece in pieces)
        {
            switch (piece.Change)
            {
                case DiffChange.Removed:
                    html.AppendHtml("<del>").Append(piece.Text).AppendHtml("</del>");
                    break;
                case DiffChange.Added:
                    html.AppendHtml("<ins>").Append(piece.Text).AppendHtml("</ins>");
                    break;
                default:
                    html.Append(piece.Text);
                    break;
            }
        }

        return html;
    }
}
