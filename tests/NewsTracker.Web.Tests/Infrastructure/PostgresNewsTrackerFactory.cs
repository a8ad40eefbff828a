namespace NewsTracker.Web.Tests.Infrastructure;

// The real app on PostgreSQL whatever the test case's engine, for the tests that are about PostgreSQL itself.
// SecondInstance is another app on the same database, as a second server behind a load balancer.
public sealed class PostgresNewsTrackerFactory : NewsTrackerFactory
{
    public PostgresNewsTrackerFactory()
        : base(NewPostgresDatabase(empty: false), ownsDatabase: true)
    {
    }

    private PostgresNewsTrackerFactory(Lazy<string> database, bool ownsDatabase)
        : base(database, ownsDatabase)
    {
    }

    // The app on an empty database of its own, as at a team's first start: its start-up migrates it from nothing.
    public static PostgresNewsTrackerFactory OnEmptyDatabase() => new(NewPostgresDatabase(empty: true), ownsDatabase: true);

    // Another instance of the app on this factory's database (its own keys folder, logs and process state);
    // the database is dropped by this factory only.
    public PostgresNewsTrackerFactory SecondInstance() => new(PostgresDatabase!, ownsDatabase: false);
}
