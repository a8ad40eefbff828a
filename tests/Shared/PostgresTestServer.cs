using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Data;
using NewsTracker.Data.Postgres;
using Npgsql;

namespace NewsTracker.Testing;

// The PostgreSQL server the tests may create and drop databases on, named by NEWSTRACKER_TEST_POSTGRES. The
// migrations run once per test run into a template database; each test gets a copy (CREATE DATABASE ... TEMPLATE,
// a file copy on the server) and drops it after. Names carry the process id, so a later run can drop what a killed
// run left behind without touching a run still going (the web and core test projects run side by side).
// Compiled into both test projects.
public static class PostgresTestServer
{
    // The time the template's reference data is seeded at: the Core tests' start time.
    public static readonly DateTimeOffset SeededAt = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public const string Variable = "NEWSTRACKER_TEST_POSTGRES";

    private const string Prefix = "newstracker_t_";

    // Seconds a connection may take to open (Server).
    private const int MinimumConnectSeconds = 60;

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    // Databases this process made and has not dropped yet (a test whose set-up failed never disposes).
    private static readonly ConcurrentDictionary<string, bool> Created = new();

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    // In CI a missing server is a failure, not a skip: the PostgreSQL leg must not quietly vanish.
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => ConnectionString is null && !Required ? Unavailable : null;

    private static string Unavailable =>
        $"PostgreSQL tests need a server where they may create and drop databases: install one (apt-get install -y postgresql) and set "
        + $"{Variable}, e.g. {Variable}='Host=127.0.0.1;Port=5432;Username=postgres;Password=...;Database=postgres'.";

    // A new database copied from the migrated and seeded template; its connection string.
    public static async Task<string> CreateDatabaseAsync()
    {
        var template = await Template.Value;
        var name = NewName();
        Created[name] = true;
        // FILE_COPY copies the template's files; the default (WAL_LOG, PostgreSQL 15) writes them through the log, slower.
        await ExecuteAsync($"""CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY = FILE_COPY""");
        return For(name);
    }

    // A new database with nothing in it, as an operations team creates one for the app's first start.
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = NewName();
        Created[name] = true;
        await ExecuteAsync($"""CREATE DATABASE "{name}" """);
        return For(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await DropAsync(name);
        Created.TryRemove(name, out _);
    }

    private static async Task<string> CreateTemplateAsync()
    {
        await DropLeftoversAsync();
        var name = NewName();
        Created[name] = true;
        await ExecuteAsync($"""CREATE DATABASE "{name}" """);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var left in Created.Keys.OrderBy(n => n == name))
            {
                DropAsync(left).GetAwaiter().GetResult();
            }
        };

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FixedClock(SeededAt));
        services.AddNewsTrackerPostgres(options => options.UseNewsTrackerPostgres(For(name)));
        await using (var provider = services.BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        // A template must have no connections while it is copied.
        using (var connection = new NpgsqlConnection(For(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        return name;
    }

    private static string NewName() => $"{Prefix}{Environment.ProcessId}_{Guid.NewGuid():N}";

    // Databases of test runs whose process is gone.
    private static async Task DropLeftoversAsync()
    {
        var names = new List<string>();
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE @prefix", connection);
            command.Parameters.AddWithValue("prefix", Prefix + "%");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names.Where(n => !IsRunning(n[Prefix.Length..].Split('_')[0])))
        {
            await DropAsync(name);
        }
    }

    private static bool IsRunning(string processId)
    {
        if (!int.TryParse(processId, out var id))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static Task DropAsync(string name) => ExecuteAsync($"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");

    private static string For(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database, IncludeErrorDetail = true }.ConnectionString;

    // The server as named, given a minute to accept a connection: on two busy cores (both test projects, the browser
    // and the server itself) a new backend can take longer than Npgsql's 15 seconds to start.
    private static string Server
    {
        get
        {
            var server = new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(Unavailable));
            server.Timeout = Math.Max(server.Timeout, MinimumConnectSeconds);
            return server.ConnectionString;
        }
    }

    // Database names are this class's own (a prefix and a GUID), never outside input.
    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
