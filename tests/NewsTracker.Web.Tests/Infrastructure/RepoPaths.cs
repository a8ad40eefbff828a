namespace NewsTracker.Web.Tests.Infrastructure;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"NewsTracker.sln not found above {AppContext.BaseDirectory}.");
    }
}
