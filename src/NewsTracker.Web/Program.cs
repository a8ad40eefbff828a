using NewsTracker.Core.Common;
using NewsTracker.Data;
using NewsTracker.Web;
using NewsTracker.Web.Feeds;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// The host's own logger, not the static Log.Logger: two hosts in one process (tests, a second app) would
// otherwise write into whichever logger was built last.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.With<FeedTokensOutOfLogs>()
        .Enrich.With<CleanLogValues>(),
    preserveStaticLogger: true);
builder.Services.AddNewsTrackerDatabase(builder.Configuration, DatabaseHost.WebApp);
builder.Services.AddNewsTrackerWeb(builder.Configuration);

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseNewsTrackerWeb();
await app.RunAsync();
