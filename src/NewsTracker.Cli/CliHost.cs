using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Feeds;
using NewsTracker.Data;
using Serilog;

namespace NewsTracker.Cli;

// Configuration is read like the web app's: appsettings.json, appsettings.{Environment}.json,
// environment variables (ConnectionStrings__NewsTracker), then command-line overrides, then --connection.
internal static class CliHost
{
    public static IHost Build(CliContext context, string? connectionOverride)
    {
        var initial = new ConfigurationManager();
        // One-shot commands never need appsettings reloads, and a file watcher per host adds up in tests. (A value set
        // through the indexer of a manager with no source yet is dropped: it needs a source to live in.)
        initial.AddInMemoryCollection(new Dictionary<string, string?> { ["hostBuilder:reloadConfigOnChange"] = "false" });
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. context.ConfigurationArgs],
            ApplicationName = "NewsTracker.Cli",
            ContentRootPath = AppContext.BaseDirectory,
            Configuration = initial,
        });

        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(connectionOverride))
        {
            overrides["ConnectionStrings:" + DatabaseLocation.ConnectionStringName] = connectionOverride;
        }

        // A relative log path would land wherever the command was started; keep logs/ at the repository root.
        foreach (var sink in builder.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            if (sink["Args:path"] is { Length: > 0 } path && !Path.IsPathRooted(path))
            {
                overrides[sink.Path + ":Args:path"] = DatabaseLocation.ResolveFolder(path);
            }
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        // The host's own logger, not the static Log.Logger, which another host in the process could replace.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.With<CleanLogValues>(),
            preserveStaticLogger: true);
        builder.Services.AddNewsTrackerDatabase(builder.Configuration, DatabaseHost.CommandLine);
        builder.Services.AddNewsTrackerIntake(builder.Configuration);
        return builder.Build();
    }
}
