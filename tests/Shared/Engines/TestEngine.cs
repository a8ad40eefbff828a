namespace NewsTracker.Testing.Engines;

public enum TestEngine
{
    Sqlite,
    Postgres,
}

// The engine the running test case was made for; set by the test case around the whole run of the test (class
// constructor, InitializeAsync, the test, DisposeAsync), so a database test only asks.
public static class TestEngines
{
    private static readonly AsyncLocal<TestEngine> CurrentEngine = new();

    public static TestEngine Current
    {
        get => CurrentEngine.Value;
        internal set => CurrentEngine.Value = value;
    }
}

// A database test class that stays on SQLite, with the reason (pragmas, file paths, FTS5's own tables).
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class SqliteOnlyAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
