using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using Serilog;

namespace NewsTracker.Web;

internal static class WebComposition
{
    public static IServiceCollection AddNewsTrackerWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedingOptions>(configuration.GetSection(SeedingOptions.Section));
        services.AddRazorPages();
        services.AddProblemDetails();
        return services;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(app.Lifetime.ApplicationStopping);

        var seeding = app.Configuration.GetSection(SeedingOptions.Section).Get<SeedingOptions>() ?? new SeedingOptions();
        if (seeding.ImportWhenEmpty && !await initializer.HasArticlesAsync(app.Lifetime.ApplicationStopping))
        {
            var folder = DatabaseLocation.ResolveFolder(seeding.Folder);
            if (Directory.Exists(folder))
            {
                var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
                var report = await importer.ImportAsync([folder], progress: null, app.Lifetime.ApplicationStopping);
                app.Logger.LogInformation("Seed import from {Folder}: {Added} articles, {Quotes} quotes", folder, report.ArticlesAdded, report.QuotesAdded);
            }
        }
    }

    public static WebApplication UseNewsTrackerWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAntiforgery();
        app.MapRazorPages();
        return app;
    }
}

public sealed class SeedingOptions
{
    public const string Section = "Seeding";

    public string Folder { get; set; } = "seeds";

    public bool ImportWhenEmpty { get; set; } = true;
}
