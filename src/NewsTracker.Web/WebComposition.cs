using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.WebEncoders;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Feeds;
using NewsTracker.Web.Api;
using NewsTracker.Web.Feeds;
using NewsTracker.Web.Infrastructure;
using NewsTracker.Web.Infrastructure.Accounts;
using Serilog;

namespace NewsTracker.Web;

internal static class WebComposition
{
    public static IServiceCollection AddNewsTrackerWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedingOptions>(configuration.GetSection(SeedingOptions.Section));
        services.AddHostedService<BackgroundJobService>();
        services.AddHostedService<FeedPollingService>();
        services.AddNewsTrackerAccess(configuration);
        services.AddNewsTrackerRateLimits(configuration);
        services.AddNewsTrackerIntake(configuration);
        services.AddRazorPages(pages =>
        {
            pages.Conventions.ConfigureFilter(new InvalidInputStatusFilter());

            // Forms that only exist to change the record ask for an editor before showing the form.
            foreach (var editorPage in (string[])["/Articles/New", "/Articles/Import", "/Topics/New", "/Topics/Edit", "/Feeds/Edit"])
            {
                pages.Conventions.AuthorizePage(editorPage, Policies.Editing);
            }
        }).AddMvcOptions(mvc =>
        {
            mvc.Filters.Add<EditorWritesFilter>();
            mvc.Filters.Add<DatabaseBusyPageFilter>();
            mvc.Filters.Add<NulBytesPageFilter>();
        });
        services.AddProblemDetails();
        services.AddNewsTrackerApiReference();
        services.AddNewsTrackerHealthChecks();

        // Quotes are full of curly quotes, dashes and non-Latin names: encode only what HTML needs
        // (<, >, &, quotes) instead of turning every non-ASCII character into an entity.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Kestrel's limit is the backstop for the largest form (the import); each page declares its own,
        // smaller limit with [RequestSizeLimit], which the request size guard turns into a readable 413.
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.ImportMaxBytes);
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = RequestLimits.ImportMaxBytes;
            form.ValueLengthLimit = (int)RequestLimits.ArticleFormMaxBytes;
        });
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
        app.UseSecurityHeaders();
        var development = app.Environment.IsDevelopment();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseWhen(context => !HealthProbes.IsProbe(context), https => https.UseHttpsRedirection());
        }

        // The API answers errors with problem details; pages re-render a friendly error or status page.
        app.UseWhen(IsApi, api =>
        {
            if (!development)
            {
                api.UseExceptionHandler();
            }

            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (!development)
            {
                pages.UseExceptionHandler("/Error");
            }

            pages.UseStatusCodePagesWithReExecute("/StatusCode/{0}");
        });

        app.UseSerilogRequestLogging(logging =>
        {
            logging.GetLevel = HealthProbes.RequestLogLevel;

            // This host's logger, not the static Log.Logger another host in the process may have replaced.
            logging.Logger = app.Services.GetService<Serilog.ILogger>();
        });
        app.UseClientDisconnects();
        app.UseDatabaseBusyAnswer();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseTokenRefusal();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseRequestSizeGuard();
        app.UseNulBytesInForms();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapNewsTrackerApi();
        app.MapSearchFeeds();
        app.MapNewsTrackerApiReference();
        app.MapNewsTrackerHealthChecks();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}

public sealed class SeedingOptions
{
    public const string Section = "Seeding";

    public string Folder { get; set; } = "seeds";

    public bool ImportWhenEmpty { get; set; } = true;
}
