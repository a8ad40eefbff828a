using Microsoft.Data.Sqlite;
using NewsTracker.Core.Data;

namespace NewsTracker.Data.Sqlite;

// The web app and the CLI must open the same file whatever folder they are started from, so a
// relative SQLite path is taken from the repository root (the folder holding NewsTracker.sln) when
// there is one, else from the current directory.
public static class SqliteLocation
{
    public const string DefaultConnectionString = "Data Source=data/newstracker.db";

    public static string Resolve(string? connectionString, string? startFolder = null)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source)
            || source == ":memory:"
            || builder.Mode == SqliteOpenMode.Memory
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || Path.IsPathRooted(source))
        {
            return builder.ToString();
        }

        builder.DataSource = DatabaseLocation.ResolveFolder(source, startFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
