using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Core.Search;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Data;

// Brings a database up to date at start-up: migrations, engine settings, and the reference actors and
// topics a fresh database needs. Reference data is only added where the table is empty, so editors' edits stay.
public sealed class DatabaseInitializer(NewsDbContext db, IDatabaseDialect dialect, TimeProvider clock, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        await dialect.BeforeMigrationsAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        await dialect.PrepareAsync(db, ct);
        await SeedRolesAsync(ct);
        await SeedActorsAsync(ct);
        await SeedTopicsAsync(ct);
        await dialect.OptimizeAsync(db, ct);
    }

    public Task<bool> HasArticlesAsync(CancellationToken ct) => db.Articles.AnyAsync(ct);

    // Whether the database is there at all, asked without creating it (SQLite: the file exists).
    public Task<bool> ExistsAsync(CancellationToken ct) => db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct);

    // The three roles exist in every database; accounts are created by an admin (no default account exists).
    private async Task SeedRolesAsync(CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        var missing = NewsRoles.All.Where(role => !existing.Contains(role)).ToList();
        foreach (var role in missing)
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }

        if (missing.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task SeedActorsAsync(CancellationToken ct)
    {
        if (await db.Actors.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var byName = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var known in ReferenceData.Actors)
        {
            var actor = new Actor { Name = known.Name, Slug = Slug.From(known.Name), Kind = known.Kind, Role = known.Role, CreatedUtc = now };
            foreach (var alias in known.Aliases.Distinct(StringComparer.Ordinal))
            {
                actor.Aliases.Add(new ActorAlias { Text = alias });
            }

            byName[known.Name] = actor;
            db.Actors.Add(actor);
        }

        foreach (var known in ReferenceData.Actors.Where(a => a.Affiliation is not null))
        {
            byName[known.Name].Affiliation = byName[known.Affiliation!];
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} reference actors", byName.Count);
    }

    private async Task SeedTopicsAsync(CancellationToken ct)
    {
        if (await db.Topics.AnyAsync(ct))
        {
            return;
        }

        foreach (var topic in ReferenceData.Topics)
        {
            db.Topics.Add(new Topic
            {
                Name = topic.Name,
                Slug = topic.Slug,
                Keywords = [.. topic.Keywords],
                Phrases = [.. topic.Phrases ?? []],
                Exclusions = [.. topic.Exclusions ?? []],
            });
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} topics", ReferenceData.Topics.Count);
    }
}
