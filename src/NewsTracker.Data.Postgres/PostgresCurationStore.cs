using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Data;

namespace NewsTracker.Data.Postgres;

// Curation's moves as a few statements each, with the ids as parameters, as on SQLite: the quotes a move touches
// are gathered into a temporary table (the session's own, so instances sharing the database do not meet), and
// their speaker (1) and actor (2) rows in QuoteFacets rebuilt from the links, as QuoteFacets.Of builds them.
public sealed class PostgresCurationStore : ICurationStore
{
    public async Task MoveActorAsync(NewsDbContext db, int fromId, int intoId, CancellationToken ct)
    {
        RequireTransaction(db);
        await GatherAsync(db, fromId, ct);
        await ExecuteAsync(db, ct, """UPDATE "Quotes" SET "SpeakerId" = {1} WHERE "SpeakerId" = {0}""", fromId, intoId);
        await ExecuteAsync(db, ct,
            """
            INSERT INTO "QuoteActors" ("ActorsId", "QuotesMentioningId")
            SELECT {1}, "QuotesMentioningId" FROM "QuoteActors" WHERE "ActorsId" = {0}
            ON CONFLICT DO NOTHING
            """,
            fromId, intoId);
        await ExecuteAsync(db, ct, """DELETE FROM "QuoteActors" WHERE "ActorsId" = {0}""", fromId);
        await ExecuteAsync(db, ct, """UPDATE "Statements" SET "SpeakerId" = {1} WHERE "SpeakerId" = {0}""", fromId, intoId);
        // An editor's speaker correction follows the person, or the next re-extraction would lose it.
        await ExecuteAsync(db, ct, """UPDATE "QuoteCorrections" SET "SpeakerId" = {1} WHERE "SpeakerId" = {0}""", fromId, intoId);
        await ExecuteAsync(db, ct, """UPDATE "Actors" SET "AffiliationId" = {1} WHERE "AffiliationId" = {0}""", fromId, intoId);

        // Merging a person into the organisation they were affiliated with would leave it affiliated with itself.
        await ExecuteAsync(db, ct, """UPDATE "Actors" SET "AffiliationId" = NULL WHERE "Id" = {0} AND "AffiliationId" = {0}""", intoId);
        await ExecuteAsync(db, ct, """UPDATE "ActorRoles" SET "ActorId" = {1} WHERE "ActorId" = {0}""", fromId, intoId);
        await ExecuteAsync(db, ct, """UPDATE "ActorRoles" SET "AffiliationId" = {1} WHERE "AffiliationId" = {0}""", fromId, intoId);

        // Readers following the merged actor follow the survivor; one who followed both keeps their own follow of it
        // (PostgreSQL has no UPDATE OR IGNORE, so the duplicate goes first).
        await ExecuteAsync(db, ct,
            """
            DELETE FROM "Follows" f WHERE f."ActorId" = {0} AND EXISTS (
                SELECT 1 FROM "Follows" s WHERE s."ActorId" = {1} AND s."UserId" = f."UserId" AND s."Kind" = f."Kind")
            """,
            fromId, intoId);
        await ExecuteAsync(db, ct, """UPDATE "Follows" SET "ActorId" = {1} WHERE "ActorId" = {0}""", fromId, intoId);
        await RebuildGatheredAsync(db, ct);
        await ExecuteAsync(db, ct,
            """
            UPDATE "Actors" SET
                "QuoteCount" = (SELECT COUNT(*) FROM "Quotes" WHERE "SpeakerId" = {0}),
                "MentionCount" = (SELECT COUNT(*) FROM "QuoteActors" WHERE "ActorsId" = {0})
            WHERE "Id" = {0}
            """,
            intoId);
    }

    public async Task DetachActorAsync(NewsDbContext db, int actorId, CancellationToken ct)
    {
        RequireTransaction(db);
        await GatherAsync(db, actorId, ct);
        await ExecuteAsync(db, ct, """UPDATE "Actors" SET "AffiliationId" = NULL WHERE "AffiliationId" = {0}""", actorId);
        await ExecuteAsync(db, ct, """UPDATE "ActorRoles" SET "AffiliationId" = NULL WHERE "AffiliationId" = {0}""", actorId);
        await RebuildGatheredAsync(db, ct);
    }

    public async Task ReindexQuotesSpokenByAsync(NewsDbContext db, int actorId, CancellationToken ct)
    {
        RequireTransaction(db);
        await ResetGatheredAsync(db, ct);
        await ExecuteAsync(db, ct, """INSERT INTO pg_temp."CuratedQuotes" ("QuoteId") SELECT "Id" FROM "Quotes" WHERE "SpeakerId" = {0} ON CONFLICT DO NOTHING""", actorId);
        await RebuildGatheredAsync(db, ct);
    }

    // Every quote that involves the actor: said by it, naming it, or said by someone affiliated with it.
    private static async Task GatherAsync(NewsDbContext db, int actorId, CancellationToken ct)
    {
        await ResetGatheredAsync(db, ct);
        await ExecuteAsync(db, ct,
            """
            INSERT INTO pg_temp."CuratedQuotes" ("QuoteId")
            SELECT "Id" FROM "Quotes" WHERE "SpeakerId" = {0}
            UNION SELECT "QuotesMentioningId" FROM "QuoteActors" WHERE "ActorsId" = {0}
            UNION SELECT q."Id" FROM "Quotes" q JOIN "Actors" a ON a."Id" = q."SpeakerId" WHERE a."AffiliationId" = {0}
            ON CONFLICT DO NOTHING
            """,
            actorId);
    }

    // The temporary table lives with the connection; it is emptied before each use.
    private static async Task ResetGatheredAsync(NewsDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("""CREATE TEMP TABLE IF NOT EXISTS "CuratedQuotes" ("QuoteId" integer PRIMARY KEY)""", ct);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM pg_temp."CuratedQuotes" """, ct);
    }

    private static async Task RebuildGatheredAsync(NewsDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            """
            DELETE FROM "QuoteFacets" WHERE "Kind" IN (1, 2) AND "QuoteId" IN (SELECT "QuoteId" FROM pg_temp."CuratedQuotes");
            INSERT INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId", "StatementId", "QuoteKind", "Repeated")
            SELECT k."Kind", q."SpeakerId", q."ReportedUtc", q."Id", q."StatementId", CASE q."Kind" WHEN 'Indirect' THEN 1 ELSE 0 END,
                EXISTS (SELECT 1 FROM "Quotes" o WHERE o."StatementId" = q."StatementId" AND o."Id" <> q."Id")
            FROM pg_temp."CuratedQuotes" c JOIN "Quotes" q ON q."Id" = c."QuoteId" CROSS JOIN (SELECT 1 AS "Kind" UNION ALL SELECT 2) k
            WHERE q."SpeakerId" IS NOT NULL
            ON CONFLICT DO NOTHING;
            INSERT INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId", "StatementId", "QuoteKind", "Repeated")
            SELECT 2, a."AffiliationId", q."ReportedUtc", q."Id", q."StatementId", CASE q."Kind" WHEN 'Indirect' THEN 1 ELSE 0 END,
                EXISTS (SELECT 1 FROM "Quotes" o WHERE o."StatementId" = q."StatementId" AND o."Id" <> q."Id")
            FROM pg_temp."CuratedQuotes" c JOIN "Quotes" q ON q."Id" = c."QuoteId" JOIN "Actors" a ON a."Id" = q."SpeakerId"
            WHERE a."AffiliationId" IS NOT NULL
            ON CONFLICT DO NOTHING;
            INSERT INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId", "StatementId", "QuoteKind", "Repeated")
            SELECT 2, m."ActorsId", q."ReportedUtc", q."Id", q."StatementId", CASE q."Kind" WHEN 'Indirect' THEN 1 ELSE 0 END,
                EXISTS (SELECT 1 FROM "Quotes" o WHERE o."StatementId" = q."StatementId" AND o."Id" <> q."Id")
            FROM pg_temp."CuratedQuotes" c JOIN "Quotes" q ON q."Id" = c."QuoteId" JOIN "QuoteActors" m ON m."QuotesMentioningId" = q."Id"
            ON CONFLICT DO NOTHING;
            DELETE FROM pg_temp."CuratedQuotes";
            """,
            ct);
    }

    private static Task<int> ExecuteAsync(NewsDbContext db, CancellationToken ct, string sql, params object[] ids) =>
        db.Database.ExecuteSqlRawAsync(sql, ids, ct);

    private static void RequireTransaction(NewsDbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Curation moves run inside the caller's transaction.");
        }
    }
}
