using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsTracker.Data.Postgres;

// ASP.NET Core's data-protection key ring in the database, so every instance behind a load balancer reads the
// cookies and antiforgery tokens the others issued. The table comes from this provider's migration set
// (the DataProtectionKeys migration); this context is never migrated itself.
public sealed class DataProtectionKeysContext(DbContextOptions<DataProtectionKeysContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // The repository data protection reads and writes the keys through (what PersistKeysToDbContext installs),
    // for hosts that choose the key store once the configuration is final.
    public static IXmlRepository Repository(IServiceProvider services) =>
        new EntityFrameworkCoreXmlRepository<DataProtectionKeysContext>(services, services.GetRequiredService<ILoggerFactory>());
}
