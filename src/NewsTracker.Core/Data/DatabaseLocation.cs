namespace NewsTracker.Core.Data;

// The web app and the CLI must find the same files (the database, seeds, keys, logs) whatever folder they are
// started from, so a relative path is taken from the repository root (the folder holding NewsTracker.sln) when
// there is one, else from the current directory. The provider resolves its own connection string with it.
public static class DatabaseLocation
{
    public const string ConnectionStringName = "NewsTracker";

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
