using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Following;
using NewsTracker.Core.Imports;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Statements;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core;

public static class ServiceCollectionExtensions
{
    // Every service on the database the options describe. A provider project calls this and adds its engine's
    // IDatabaseDialect, IArchiveStore and ICurationStore (Data.Sqlite's AddNewsTrackerSqlite).
    public static IServiceCollection AddNewsTrackerCore(this IServiceCollection services, Action<DbContextOptionsBuilder> configureDatabase)
    {
        services.AddDbContext<NewsDbContext>(configureDatabase);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<QuoteExtractor>();
        services.AddSingleton<CatalogueCache>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<ArchiveDirectory>();
        services.AddScoped<ArchiveWriter>();
        services.AddScoped<ArticleService>();
        services.AddScoped<ArticleImporter>();
        services.AddScoped<ArticleReviewService>();
        services.AddScoped<ArticleEditor>();
        services.AddScoped<SpeakerLookup>();
        services.AddScoped<ImportService>();
        services.AddScoped<QuoteService>();
        services.AddScoped<FilterNames>();
        services.AddScoped<ActorService>();
        services.AddScoped<AttentionService>();
        services.AddSingleton<AttentionCache>();
        services.AddScoped<MentionMatrixService>();
        services.AddScoped<ActorWrites>();
        services.AddScoped<ActorCuration>();
        services.AddScoped<ActorMerger>();
        services.AddScoped<SuspiciousActors>();
        services.AddScoped<QuoteRetagger>();
        services.AddScoped<TopicService>();
        services.AddSingleton<BackgroundJobQueue>();
        services.AddSingleton<BackgroundJobRunner>();
        services.AddScoped<JobLeases>();
        services.AddScoped<IJobLeases>(provider => provider.GetRequiredService<JobLeases>());
        services.AddKeyedScoped<IBackgroundJob, RetagJob>(JobKind.Retag);
        services.AddScoped<StatementService>();
        services.AddScoped<PositionService>();
        services.AddScoped<PositionChangeService>();
        services.AddScoped<ProvenanceService>();
        services.AddScoped<AuditLog>();
        services.AddScoped<SavedSearchService>();
        services.AddScoped<FollowService>();
        services.AddNewsTrackerAccounts();
        return services;
    }

    // Accounts for every host: the web app adds sign-in cookies on top, the CLI manages users with the same rules.
    private static void AddNewsTrackerAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<NewsUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = AccountRules.PasswordMinLength;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = AccountRules.FailedSignInsBeforeLockout;
                identity.Lockout.DefaultLockoutTimeSpan = AccountRules.LockoutDuration;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<NewsDbContext>();
        services.AddScoped<AccountService>();
        services.AddScoped<ApiTokenService>();
    }
}
