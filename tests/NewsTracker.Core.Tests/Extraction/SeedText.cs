using NewsTracker.Core.Articles;
using NewsTracker.Core.Tests.Evaluation;

namespace NewsTracker.Core.Tests.Extraction;

// The seed article from seeds/, read as the importer reads it.
internal static class SeedText
{
    private static readonly Lazy<NewArticle> Article = new(() =>
    {
        var file = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds"), "*.txt").Single();
        return ArticleFileReader.ParseText(File.ReadAllText(file));
    });

    public static string Title => Article.Value.Title;

    public static string Body => Article.Value.Body;
}
