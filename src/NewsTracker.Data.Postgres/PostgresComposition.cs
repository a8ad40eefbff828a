using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Search;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace NewsTracker.Data.Postgres;

// The PostgreSQL provider: Core's services on a PostgreSQL database, with this assembly's migrations and the
// engine's dialect and bulk stores. For a team's server: several instances may share the database.
public static class PostgresComposition
{
    public const string ProviderName = "Postgres";

    public static IServiceCollection AddNewsTrackerPostgres(this IServiceCollection services, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:NewsTracker is empty; set it to an Npgsql connection string "
                + "(Host=...;Database=...;Username=...;Password=...).");
        }

        return services.AddNewsTrackerPostgres(options => options.UseNewsTrackerPostgres(connectionString));
    }

    // For hosts that bring their own database options (tests); configureDatabase calls UseNewsTrackerPostgres.
    public static IServiceCollection AddNewsTrackerPostgres(this IServiceCollection services, Action<DbContextOptionsBuilder> configureDatabase)
    {
        services.AddNewsTrackerCore(configureDatabase);
        services.AddDbContext<DataProtectionKeysContext>(configureDatabase);
        services.AddSingleton<IDatabaseDialect, PostgresDialect>();
        services.AddSingleton<IArchiveStore, PostgresArchiveStore>();
        services.AddSingleton<ICurationStore, PostgresCurationStore>();
        return services;
    }

    // UseNpgsql with the migrations kept in this assembly (EF looks in the context's assembly, Core, otherwise),
    // with Core's LIKE searches made case-insensitive, as they are on SQLite.
    public static DbContextOptionsBuilder UseNewsTrackerPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, Migrations).AddInterceptors(CaseInsensitiveLike.Instance);

    public static DbContextOptionsBuilder UseNewsTrackerPostgres(this DbContextOptionsBuilder options, DbConnection connection) =>
        options.UseNpgsql(connection, Migrations).AddInterceptors(CaseInsensitiveLike.Instance);

    public static DbContextOptionsBuilder<TContext> UseNewsTrackerPostgres<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        options.UseNpgsql(connectionString, Migrations).AddInterceptors(CaseInsensitiveLike.Instance);

    private static void Migrations(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsAssembly(typeof(PostgresComposition).Assembly.GetName().Name);
}
