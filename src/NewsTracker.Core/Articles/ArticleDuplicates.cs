using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Articles;

// Another stored article with the same URL or the same cleaned text (an edit is not a duplicate of itself).
internal static class ArticleDuplicates
{
    public static async Task<ArticleDuplicate?> FindAsync(NewsDbContext db, string? url, string hash, int exceptId, CancellationToken ct)
    {
        var others = db.Articles.AsNoTracking().Where(a => a.Id != exceptId);
        if (url is not null && await others.Where(a => a.Url == url).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct) is { } byUrl)
        {
            return new ArticleDuplicate(byUrl, "the same URL");
        }

        return await others.Where(a => a.ContentHash == hash).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct) is { } byText
            ? new ArticleDuplicate(byText, "the same text")
            : null;
    }
}
