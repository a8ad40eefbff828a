using NewsTracker.Core.Data;

namespace NewsTracker.Core.Tests.Evaluation;

internal static class RepositoryRoot
{
    public static string Path { get; } = DatabaseLocation.FindRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("NewsTracker.sln not found above the test output folder.");
}
