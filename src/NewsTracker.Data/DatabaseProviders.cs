using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Data;
using NewsTracker.Data.Postgres;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Data;

// The one place a host's database provider is chosen, from Database:Provider (SQLite unless set), with the
// connection string in ConnectionStrings:NewsTracker. The web app and the CLI both start here; each provider
// is one project and one case below.
public static class DatabaseProviders
{
    public const string ProviderKey = "Database:Provider";

    public static IReadOnlyList<string> Names { get; } = [SqliteComposition.ProviderName, PostgresComposition.ProviderName];

    // Core's services on the configured provider's database.
    public static IServiceCollection AddNewsTrackerDatabase(this IServiceCollection services, IConfiguration configuration, DatabaseHost host)
    {
        var connectionString = configuration.GetConnectionString(DatabaseLocation.ConnectionStringName);
        return Chosen(configuration) switch
        {
            SqliteComposition.ProviderName => services.AddNewsTrackerSqlite(connectionString, host == DatabaseHost.CommandLine
                ? SqliteConnectionSettings.ForCommandLine(configuration)
                : SqliteConnectionSettings.From(configuration)),
            PostgresComposition.ProviderName => services.AddNewsTrackerPostgres(connectionString),
            var other => throw new InvalidOperationException(UnknownProvider(other)),
        };
    }

    // Where the provider keeps ASP.NET Core's data-protection keys, so that every instance on the database shares
    // them (PostgreSQL: the DataProtectionKeys table); null when the host keeps them itself (SQLite, one instance:
    // a folder). Asked once the host's configuration is final.
    public static IXmlRepository? DataProtectionKeys(IConfiguration configuration, IServiceProvider services) =>
        Chosen(configuration) == PostgresComposition.ProviderName ? DataProtectionKeysContext.Repository(services) : null;

    // The configured name as the providers spell it (case is forgiven), or the name as given when none matches.
    public static string Chosen(IConfiguration configuration)
    {
        var configured = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return SqliteComposition.ProviderName;
        }

        return Names.FirstOrDefault(name => name.Equals(configured.Trim(), StringComparison.OrdinalIgnoreCase)) ?? configured;
    }

    private static string UnknownProvider(string configured) =>
        $"{ProviderKey} is \"{configured}\", which is not a database provider NewsTracker has; use one of: {string.Join(", ", Names)}.";
}
