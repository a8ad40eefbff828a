using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Search;

public sealed class SqliteDialect : IDatabaseDialect
{
    public async Task PrepareAsync(NewsDbContext db, CancellationToken ct)
    {
        // WAL lets analysts read while an import writes; it is a property of the file, so setting it once sticks.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", ct);
    }

    public IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchTerms terms)
    {
        // Each word becomes a quoted FTS5 prefix term, so operators typed by the user are inert text.
        var match = string.Join(' ', terms.Words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
        return db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"QuoteSearch\" WHERE \"QuoteSearch\" MATCH {match}");
    }
}
