using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuoteFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuoteFacets",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FacetId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    QuoteId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuoteFacets", x => new { x.Kind, x.FacetId, x.ReportedUtc, x.QuoteId });
                    table.ForeignKey(
                        name: "FK_QuoteFacets_Quotes_QuoteId",
                        column: x => x.QuoteId,
                        principalTable: "Quotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteFacets_QuoteId_Kind_FacetId",
                table: "QuoteFacets",
                columns: new[] { "QuoteId", "Kind", "FacetId" },
                unique: true);

            // Stored quotes take their rows once; the writers keep them in step from here on (kinds: 1 speaker, 2 actor, 3 topic).
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId")
                SELECT 1, "SpeakerId", "ReportedUtc", "Id" FROM "Quotes" WHERE "SpeakerId" IS NOT NULL;
                INSERT OR IGNORE INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId")
                SELECT 2, "SpeakerId", "ReportedUtc", "Id" FROM "Quotes" WHERE "SpeakerId" IS NOT NULL;
                INSERT OR IGNORE INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId")
                SELECT 2, "a"."AffiliationId", "q"."ReportedUtc", "q"."Id" FROM "Quotes" AS "q"
                JOIN "Actors" AS "a" ON "a"."Id" = "q"."SpeakerId" WHERE "a"."AffiliationId" IS NOT NULL;
                INSERT OR IGNORE INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId")
                SELECT 2, "qa"."ActorsId", "q"."ReportedUtc", "q"."Id" FROM "QuoteActors" AS "qa" JOIN "Quotes" AS "q" ON "q"."Id" = "qa"."QuotesMentioningId";
                INSERT OR IGNORE INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId")
                SELECT 3, "qt"."TopicsId", "q"."ReportedUtc", "q"."Id" FROM "QuoteTopics" AS "qt" JOIN "Quotes" AS "q" ON "q"."Id" = "qt"."QuotesId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuoteFacets");
        }
    }
}
