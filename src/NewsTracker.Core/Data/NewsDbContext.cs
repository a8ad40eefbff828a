using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Feeds;
using NewsTracker.Core.Imports;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Statements;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Data;

public sealed class NewsDbContext(DbContextOptions<NewsDbContext> options) : IdentityDbContext<NewsUser>(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<ActorRole> ActorRoles => Set<ActorRole>();
    public DbSet<ActorFormerSlug> ActorFormerSlugs => Set<ActorFormerSlug>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<QuoteFacet> QuoteFacets => Set<QuoteFacet>();
    public DbSet<MonthlyCount> MonthlyCounts => Set<MonthlyCount>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<StatementShingle> StatementShingles => Set<StatementShingle>();
    public DbSet<PositionChange> PositionChanges => Set<PositionChange>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<QuoteCorrection> QuoteCorrections => Set<QuoteCorrection>();
    public DbSet<ImportRecord> Imports => Set<ImportRecord>();
    public DbSet<Feed> Feeds => Set<Feed>();
    public DbSet<FeedItem> FeedItems => Set<FeedItem>();

    // Accounts (Identity's tables) live in the same database as the record they change.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
