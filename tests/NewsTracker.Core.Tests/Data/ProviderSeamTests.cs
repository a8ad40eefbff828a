using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;
using NewsTracker.Core.Tests.Cli;
using NewsTracker.Core.Tests.Infrastructure;
using NewsTracker.Data;
using NewsTracker.Data.Postgres;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Data;

// Core holds the provider-neutral seams; the engine, its SQL and its migrations live in a provider project,
// chosen by Database:Provider.
public sealed class ProviderSeamTests
{
    private static IConfiguration Configuration(string? provider) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:NewsTracker"] = "Data Source=:memory:",
            [DatabaseProviders.ProviderKey] = provider,
        }).Build();

    [Fact]
    public void Core_references_no_database_provider()
    {
        var references = typeof(NewsDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().Contain("Microsoft.EntityFrameworkCore.Relational", "Core maps its entities for any relational engine");
        references.Should().NotContain(name =>
            name.StartsWith("Microsoft.EntityFrameworkCore.Sqlite", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal)
            || name.StartsWith("SQLitePCLRaw", StringComparison.Ordinal)
            || name.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Sqlite")]
    [InlineData("sqlite")]
    public void Sqlite_is_the_provider_by_default_and_by_name(string? provider)
    {
        var services = new ServiceCollection().AddNewsTrackerDatabase(Configuration(provider), DatabaseHost.WebApp);

        services.Single(s => s.ServiceType == typeof(IDatabaseDialect)).ImplementationType.Should().Be<SqliteDialect>();
        services.Single(s => s.ServiceType == typeof(IArchiveStore)).ImplementationType.Should().Be<SqliteArchiveStore>();
        services.Single(s => s.ServiceType == typeof(ICurationStore)).ImplementationType.Should().Be<SqliteCurationStore>();
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    public void Postgres_is_chosen_by_name_with_its_own_dialect_stores_and_migrations(string provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:NewsTracker"] = "Host=db.example;Database=newstracker;Username=newsroom",
            [DatabaseProviders.ProviderKey] = provider,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddNewsTrackerDatabase(configuration, DatabaseHost.WebApp);

        services.Single(s => s.ServiceType == typeof(IDatabaseDialect)).ImplementationType.Should().Be<PostgresDialect>();
        services.Single(s => s.ServiceType == typeof(IArchiveStore)).ImplementationType.Should().Be<PostgresArchiveStore>();
        services.Single(s => s.ServiceType == typeof(ICurationStore)).ImplementationType.Should().Be<PostgresCurationStore>();
        using var provided = services.BuildServiceProvider();
        using var scope = provided.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        db.Database.ProviderName.Should().Be("Npgsql.EntityFrameworkCore.PostgreSQL");
        db.GetService<IMigrationsAssembly>().Assembly.Should().BeSameAs(typeof(PostgresComposition).Assembly);
    }

    [Fact]
    public void Postgres_without_a_connection_string_fails_saying_which_setting_is_missing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseProviders.ProviderKey] = "Postgres",
        }).Build();

        var act = () => new ServiceCollection().AddNewsTrackerDatabase(configuration, DatabaseHost.WebApp);

        act.Should().Throw<InvalidOperationException>().WithMessage("*ConnectionStrings:NewsTracker is empty*");
    }

    [Fact]
    public void An_unknown_provider_fails_naming_the_key_and_the_providers_there_are()
    {
        var act = () => new ServiceCollection().AddNewsTrackerDatabase(Configuration("Oracle"), DatabaseHost.WebApp);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Database:Provider is \"Oracle\", which is not a database provider NewsTracker has; use one of: Sqlite, Postgres.");
    }

    [Fact]
    public async Task The_command_line_refuses_an_unknown_provider_with_the_same_message()
    {
        var result = await CliRun.RunAsync(["extract", CliRun.SeedArticle, "--Database:Provider=Oracle"]);

        result.ExitCode.Should().NotBe(0);
        result.Error.Should().Contain("Database:Provider is \"Oracle\"").And.Contain("use one of: Sqlite, Postgres");
    }

    // Migration ids are what a database records as applied, so the move to the provider's assembly kept them.
    [Fact]
    public async Task Migrations_come_from_the_provider_assembly_with_their_ids_kept()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        await using var db = database.CreateContext();

        db.GetService<IMigrationsAssembly>().Assembly.Should().BeSameAs(typeof(SqliteComposition).Assembly);
        db.Database.GetMigrations().Should().HaveCountGreaterThan(10)
            .And.StartWith("20261127200642_InitialCreate")
            .And.Contain(["20261127200659_QuoteSearchIndex", "20261202145700_Feeds"]);
    }
}
