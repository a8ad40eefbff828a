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
using NewsTracker.Core.Data;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Web.Tests.Infrastructure;

// The real app on a SQLite file of its own (deleted on dispose), migrated and seeded from the repo's seeds/ folder.
public class NewsTrackerFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newstracker-web-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "newstracker.db");

    private string ConnectionString => $"Data Source={DatabasePath}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
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

    // The app's database: a SQLite file of the factory's own; PostgresNewsTrackerFactory swaps the engine.
    protected virtual void UseDatabase(IServiceCollection services) =>
        services.AddDbContext<NewsDbContext>((provider, options) => options.UseNewsTrackerSqlite(ConnectionString)
            .AddInterceptors(SqliteConnectionSettings.From(provider.GetRequiredService<IConfiguration>())));

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
        var password = $"{role}-password-{_folder[^8..]}";
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
