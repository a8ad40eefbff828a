using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Tests.Cli;

// Watches the database an import is writing (WAL lets a reader in) from outside the import.
internal static class ArchivePolling
{
    // Returns the article count once a first batch is committed; fails if the import ends or the limit passes first.
    public static async Task<int> WaitForArticlesAsync(string database, Func<bool> importEnded, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit && !importEnded())
        {
            if (File.Exists(database) && await CountArticlesAsync(database) is > 0 and var count)
            {
                return count;
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException(importEnded() ? "The import ended before it stored anything." : "No article was stored in time.");
    }

    // The same through a context of any engine: the articles stored beyond `before`, once a first batch is committed.
    public static async Task<int> WaitForArticlesAsync(Func<NewsDbContext> open, int before, Func<bool> importEnded, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit && !importEnded())
        {
            try
            {
                await using var db = open();
                if (await db.Articles.CountAsync() - before is > 0 and var count)
                {
                    return count;
                }
            }
            catch (System.Data.Common.DbException)
            {
                // Not migrated yet, or busy: look again.
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException(importEnded() ? "The import ended before it stored anything." : "No article was stored in time.");
    }

    private static async Task<int> CountArticlesAsync(string database)
    {
        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM \"Articles\"";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // Not migrated yet, or busy: look again.
            return 0;
        }
    }
}
