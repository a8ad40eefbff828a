namespace NewsTracker.Testing;

// A test of the PostgreSQL provider itself: skipped with the reason and the install command when no server is
// configured, and failing instead in CI (PostgresTestServer.Required). Compiled into both test projects.
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresTestServer.SkipReason!;
}

public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresTestServer.SkipReason!;
}
