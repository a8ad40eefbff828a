using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;

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

    // A sampled ANALYZE (a thousand rows an index): a fraction of a second on a 2 GB archive. Without statistics
    // SQLite drives a join of QuoteFacets to itself from the larger side (all topic rows, not one speaker's).
    public async Task OptimizeAsync(NewsDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000;", ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
    }

    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with any extended code (the low byte is the primary one).
    public bool IsBusy(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) is 5 or 6)
            {
                return true;
            }
        }

        return false;
    }

    public IQueryable<int> MatchingQuoteIds(NewsDbContext db, SearchTerms terms)
    {
        // Every word is required. A word matches as a quoted FTS5 prefix term, so operators typed by the
        // user are inert text; porter stems that term, though, and "deploy" becomes "deploi" while
        // "deployment" is indexed as "deploy", so the word is also looked up as a prefix of the indexed
        // stems: as typed, and by its root ("deployment" → "deploy", and porter's "deploi"). Only
        // parameters carry the user's words.
        var sql = new StringBuilder();
        var parameters = new List<SqliteParameter>();
        foreach (var (word, i) in terms.Words.Select((w, i) => (w, i)))
        {
            if (i > 0)
            {
                sql.Append(" INTERSECT ");
            }

            // One SELECT per prefix: fts5vocab answers a single range from its index, but an OR of
            // ranges came back incomplete.
            var prefixes = IndexedPrefixes(FoldDiacritics(word));
            var ranges = string.Concat(prefixes.Select((_, k) => $"""

                    UNION
                    SELECT "doc" FROM "QuoteSearchTerms" WHERE "term" >= @from{i}_{k} AND "term" < @to{i}_{k}
                """));
            sql.Append(CultureInfo.InvariantCulture, $"""
                SELECT "Value" FROM (
                    SELECT rowid AS "Value" FROM "QuoteSearch" WHERE "QuoteSearch" MATCH @match{i}{ranges})
                """);
            parameters.Add(new SqliteParameter($"@match{i}", "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
            foreach (var (prefix, k) in prefixes.Select((p, k) => (p, k)))
            {
                parameters.Add(new SqliteParameter($"@from{i}_{k}", prefix));
                parameters.Add(new SqliteParameter($"@to{i}_{k}", prefix + AfterEveryTerm));
            }
        }

        return db.Database.SqlQueryRaw<int>(sql.ToString(), [.. parameters]);
    }

    // The word as typed, and for an inflected word its root, written both ways porter may have indexed
    // it ("deploy" and "deploi"). Short roots are left out: they would match too much. A prefix that
    // extends another adds nothing ("deployment" lies inside "deploy…").
    private static List<string> IndexedPrefixes(string word)
    {
        var root = Stemmer.Stem(word);
        string[] candidates = root.Length < 4 ? [word]
            : root.EndsWith('y') ? [word, root, root[..^1] + "i"]
            : [word, root];
        return candidates.Distinct(StringComparer.Ordinal)
            .Where(prefix => !candidates.Any(other => other.Length < prefix.Length && prefix.StartsWith(other, StringComparison.Ordinal)))
            .ToList();
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
