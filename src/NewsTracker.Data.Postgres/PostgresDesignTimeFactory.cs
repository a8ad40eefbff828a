using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NewsTracker.Core.Data;

namespace NewsTracker.Data.Postgres;

// For `dotnet ef migrations add ... --project src/NewsTracker.Data.Postgres --startup-project src/NewsTracker.Data.Postgres`:
// generating migrations needs the model, not a server, so the connection string is never opened.
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<NewsDbContext>
{
    public NewsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NewsDbContext>()
            .UseNewsTrackerPostgres(Environment.GetEnvironmentVariable("NEWSTRACKER_DESIGN_POSTGRES") ?? "Host=localhost;Database=newstracker")
            .Options);
}
