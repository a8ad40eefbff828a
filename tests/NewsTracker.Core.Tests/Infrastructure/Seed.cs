using NewsTracker.Core.Articles;

namespace NewsTracker.Core.Tests.Infrastructure;

public static class Seed
{
    public const string StoltenbergFileName = "2022-01-nato-no-combat-troops-to-ukraine.txt";

    private static readonly Lazy<string> LazyRepositoryRoot = new(FindRepositoryRoot);

    public static string RepositoryRoot => LazyRepositoryRoot.Value;

    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    public static string StoltenbergText => File.ReadAllText(Path.Combine(SeedsFolder, StoltenbergFileName));

    // Read the way the importer reads it: first non-empty line is the title, the rest is the body.
    public static NewArticle StoltenbergArticle => ArticleFileReader.ParseText(StoltenbergText);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsTracker.sln above {AppContext.BaseDirectory}.");
    }
}
