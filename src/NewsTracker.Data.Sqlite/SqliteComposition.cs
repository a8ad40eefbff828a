using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Search;

namespace NewsTracker.Data.Sqlite;

// The SQLite provider: Core's services on a SQLite database, with this assembly's migrations and the engine's
// dialect and bulk stores.
public static class SqliteComposition
{
    public const string ProviderName = "Sqlite";

    // A host's database: the connection string resolved from the repository root, with the host's connection settings.
    public static IServiceCollection AddNewsTrackerSqlite(this IServiceCollection services, string? connectionString, SqliteConnectionSettings settings)
    {
        var resolved = SqliteLocation.Resolve(connectionString);
        return services.AddNewsTrackerSqlite(options => options.UseNewsTrackerSqlite(resolved).AddInterceptors(settings));
    }

    public static IServiceCollection AddNewsTrackerSqlite(this IServiceCollection services, string? connectionString) =>
        services.AddNewsTrackerSqlite(connectionString, SqliteConnectionSettings.Instance);

    // For hosts that bring their own database options, such as tests on a kept-open in-memory connection;
    // configureDatabase calls UseNewsTrackerSqlite.
    public static IServiceCollection AddNewsTrackerSqlite(this IServiceCollection services, Action<DbContextOptionsBuilder> configureDatabase)
    {
        services.AddNewsTrackerCore(configureDatabase);
        services.AddSingleton<IDatabaseDialect, SqliteDialect>();
        services.AddSingleton<IArchiveStore, SqliteArchiveStore>();
        services.AddSingleton<ICurationStore, SqliteCurationStore>();
        return services;
    }

    // UseSqlite with the migrations kept in this assembly (EF looks in the context's assembly, Core, otherwise) and
    // the SQLite-only storage of report dates (SqliteReportDates).
    public static DbContextOptionsBuilder UseNewsTrackerSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, Migrations).ReplaceService<IModelCustomizer, SqliteModelCustomizer>();

    public static DbContextOptionsBuilder UseNewsTrackerSqlite(this DbContextOptionsBuilder options, DbConnection connection) =>
        options.UseSqlite(connection, Migrations).ReplaceService<IModelCustomizer, SqliteModelCustomizer>();

    public static DbContextOptionsBuilder<TContext> UseNewsTrackerSqlite<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        options.UseSqlite(connectionString, Migrations).ReplaceService<IModelCustomizer, SqliteModelCustomizer>();

    public static DbContextOptionsBuilder<TContext> UseNewsTrackerSqlite<TContext>(this DbContextOptionsBuilder<TContext> options, DbConnection connection)
        where TContext : DbContext =>
        options.UseSqlite(connection, Migrations).ReplaceService<IModelCustomizer, SqliteModelCustomizer>();

    private static void Migrations(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsAssembly(typeof(SqliteComposition).Assembly.GetName().Name);
}
