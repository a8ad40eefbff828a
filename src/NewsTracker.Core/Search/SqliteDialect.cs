using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Search;

public sealed class SqliteDialect : IDatabaseDialect
{
    // Above every other code point, so [word, word + this) is every term that begins with word.
    private const string AfterEveryTerm = "\U0010FFFF";

    public async Task PrepareAsync(NewsDbContext db, CancellationToken ct)
    {
        // WAL lets analysts read while an import writes; it is a property of the file, so setting it once sticks.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", ct);
    }

    public IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchTerms terms)
    {
        // Every word is required. A word matches as a quoted FTS5 prefix term, so operators typed by the
        // user are inert text; porter stems that term, though, and "deploy" becomes "deploi" while
        // "deployment" is indexed as "deploy", so the word as typed is also looked up as a prefix of the
        // indexed stems. Only parameters carry the user's words.
        var sql = new StringBuilder();
        var parameters = new List<SqliteParameter>();
        foreach (var (word, i) in terms.Words.Select((w, i) => (w, i)))
        {
            if (i > 0)
            {
                sql.Append(" INTERSECT ");
            }

            sql.Append(CultureInfo.InvariantCulture, $"""
                SELECT "Value" FROM (
                    SELECT rowid AS "Value" FROM "QuoteSearch" WHERE "QuoteSearch" MATCH @match{i}
                    UNION
                    SELECT "doc" FROM "QuoteSearchTerms" WHERE "term" >= @from{i} AND "term" < @to{i})
                """);
            var folded = FoldDiacritics(word);
            parameters.Add(new SqliteParameter($"@match{i}", "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
            parameters.Add(new SqliteParameter($"@from{i}", folded));
            parameters.Add(new SqliteParameter($"@to{i}", folded + AfterEveryTerm));
        }

        return db.Database.SqlQueryRaw<int>(sql.ToString(), [.. parameters]);
    }

    // The index folds diacritics (remove_diacritics 2), so the vocabulary holds "dependance", never "dépendance".
    private static string FoldDiacritics(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
