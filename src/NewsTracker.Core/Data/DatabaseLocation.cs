using Microsoft.Data.Sqlite;

namespace NewsTracker.Core.Data;

// The web app and the CLI must open the same file whatever folder they are started from, so a
// relative SQLite path is taken from the repository root (the folder holding NewsTracker.sln) when
// there is one, else from the current directory.
public static class DatabaseLocation
{
    public const string ConnectionStringName = "NewsTracker";
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

        var root = FindRoot(startFolder ?? AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        builder.DataSource = Path.GetFullPath(Path.Combine(root, source));
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }

    public static string ResolveFolder(string folder, string? startFolder = null)
    {
        if (Path.IsPathRooted(folder))
        {
            return folder;
        }

        var root = FindRoot(startFolder ?? AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, folder));
    }

    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsTracker.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
