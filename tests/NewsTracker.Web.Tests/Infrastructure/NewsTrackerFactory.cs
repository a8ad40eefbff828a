using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;
using NewsTracker.Data;
using NewsTracker.Data.Postgres;
using NewsTracker.Data.Sqlite;
using NewsTracker.Testing;
using NewsTracker.Testing.Engines;

namespace NewsTracker.Web.Tests.Infrastructure;

// The real app on a database of its own, migrated and seeded from the repo's seeds/ folder, on the engine of the
// test case that made it (tests/Shared/Engines): a SQLite file (deleted on dispose), or a PostgreSQL database copied
// from the test run's migrated template (dropped on dispose) with the provider's dialect, stores and key ring.
public class NewsTrackerFactory : WebApplicationFactory<Program>, IFollowsTestEngine
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newstracker-web-tests", Guid.NewGuid().ToString("N"));

    // PostgreSQL's database, made on first use, off xunit's synchronisation context (the host is built synchronously).
    private readonly Lazy<string>? _postgres;
    private readonly bool _ownsDatabase;

    // The SQLite file of the app this one restarts, or null for its own.
    private readonly string? _sqlitePath;

    public NewsTrackerFactory()
        : this(TestEngines.Current == TestEngine.Postgres ? NewPostgresDatabase(empty: false) : null, ownsDatabase: true)
    {
    }

    protected NewsTrackerFactory(Lazy<string>? postgres, bool ownsDatabase)
    {
        _postgres = postgres;
        _ownsDatabase = ownsDatabase;
    }

    // A second app on the first one's database, as after a restart: its SQLite file or its PostgreSQL database, which
    // the first one keeps and removes.
    protected NewsTrackerFactory(NewsTrackerFactory restarted)
        : this(restarted._postgres, ownsDatabase: false)
    {
        _sqlitePath = restarted._postgres is null ? restarted.DatabasePath : null;
    }

    public TestEngine Engine => _postgres is null ? TestEngine.Sqlite : TestEngine.Postgres;

    public string DatabasePath => _postgres is null
        ? _sqlitePath ?? Path.Combine(_folder, "newstracker.db")
        : throw new InvalidOperationException("The app runs on PostgreSQL: mark a test that needs its SQLite file [SqliteOnly].");

    public string ConnectionString => _postgres?.Value ?? $"Data Source={DatabasePath}";

    protected Lazy<string>? PostgresDatabase => _postgres;

    protected static Lazy<string> NewPostgresDatabase(bool empty) => new(() => Task.Run(
        () => empty ? PostgresTestServer.CreateEmptyDatabaseAsync() : PostgresTestServer.CreateDatabaseAsync()).GetAwaiter().GetResult());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        if (_postgres is not null)
        {
            builder.UseSetting(DatabaseProviders.ProviderKey, PostgresComposition.ProviderName);
        }

        builder.UseSetting("ConnectionStrings:NewsTracker", ConnectionString);
        builder.UseSetting("Seeding:Folder", RepoPaths.Seeds);
        builder.UseSetting("Seeding:ImportWhenEmpty", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder, "logs", "web-.log"));
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(_folder, "keys"));

        // Every test signs in and posts from one address within seconds; the limits have tests of their own.
        builder.UseSetting("RateLimiting:SignInPerMinute", "100000");
        builder.UseSetting("RateLimiting:WritesPerMinute", "100000");
        builder.UseSetting("Feeds:RunInBackground", "false");

        // Program reads the connection string before the factory's settings apply, so swap the options too.
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IDbContextOptionsConfiguration<NewsDbContext>>();
            UseDatabase(services);
        });
    }

    protected virtual void UseDatabase(IServiceCollection services)
    {
        if (_postgres is null)
        {
            services.AddDbContext<NewsDbContext>((provider, options) => options.UseNewsTrackerSqlite(ConnectionString)
                .AddInterceptors(SqliteConnectionSettings.From(provider.GetRequiredService<IConfiguration>())));
            return;
        }

        services.AddDbContext<NewsDbContext>(options => options.UseNewsTrackerPostgres(_postgres.Value));
        services.RemoveAll<IDbContextOptionsConfiguration<DataProtectionKeysContext>>();
        services.AddDbContext<DataProtectionKeysContext>(options => options.UseNewsTrackerPostgres(_postgres.Value));
        services.Replace(ServiceDescriptor.Singleton<IDatabaseDialect, PostgresDialect>());
        services.Replace(ServiceDescriptor.Singleton<IArchiveStore, PostgresArchiveStore>());
        services.Replace(ServiceDescriptor.Singleton<ICurationStore, PostgresCurationStore>());
    }

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    // Creates an account with the role (once per role and factory) and returns a client signed in through
    // the real sign-in form, its cookie kept by the client.
    public async Task<HttpClient> CreateClientAsAsync(string role)
    {
        var (email, password) = await EnsureAccountAsync(role);
        var client = CreateBrowserlessClient();
        using var response = await client.PostFormAsync("/Account/SignIn", [new("Input.Email", email), new("Input.Password", password)]);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {role} answered {(int)response.StatusCode}.");
        }

        return client;
    }

    public Task<HttpClient> CreateEditorClientAsync() => CreateClientAsAsync(NewsRoles.Editor);

    public async Task<(string Email, string Password)> EnsureAccountAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}@newsroom.test";
        // The folder's last eight hex digits make it unique; the fixed digits meet the digit rule when they are all letters.
        var password = $"{role}-password-26-{_folder[^8..]}";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var user = new NewsUser { UserName = email, Email = email, CreatedUtc = DateTime.UtcNow };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
        }

        return (email, password);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgres is { IsValueCreated: true } && _ownsDatabase)
        {
            await PostgresTestServer.DropDatabaseAsync(_postgres.Value);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the OS temp folder is cleaned eventually.
        }

        GC.SuppressFinalize(this);
    }
}
