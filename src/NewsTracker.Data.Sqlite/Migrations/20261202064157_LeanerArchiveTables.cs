using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LeanerArchiveTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_FirstReportedUtc",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_Kind_ReportedUtc_Id",
                table: "Quotes");

            // Link and index tables keyed by all their columns need no rowid: stored WITHOUT ROWID, each is one
            // B-tree (plus its secondary index) instead of a table, a key index and the secondary index, so every
            // quote an import adds costs a third fewer B-tree inserts. SQLite only; EF's model is unchanged
            // (a later EF table rebuild of one of these would store it with a rowid again).
            migrationBuilder.Sql("""
                CREATE TABLE "StatementShingles_lean" (
                    "StatementId" INTEGER NOT NULL,
                    "Hash" INTEGER NOT NULL,
                    CONSTRAINT "PK_StatementShingles" PRIMARY KEY ("StatementId", "Hash"),
                    CONSTRAINT "FK_StatementShingles_Statements_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Statements" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                INSERT INTO "StatementShingles_lean" ("StatementId", "Hash") SELECT "StatementId", "Hash" FROM "StatementShingles";
                DROP TABLE "StatementShingles";
                ALTER TABLE "StatementShingles_lean" RENAME TO "StatementShingles";
                CREATE INDEX "IX_StatementShingles_Hash" ON "StatementShingles" ("Hash");
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "QuoteFacets_lean" (
                    "Kind" INTEGER NOT NULL,
                    "FacetId" INTEGER NOT NULL,
                    "ReportedUtc" TEXT NOT NULL,
                    "QuoteId" INTEGER NOT NULL,
                    CONSTRAINT "PK_QuoteFacets" PRIMARY KEY ("Kind", "FacetId", "ReportedUtc", "QuoteId"),
                    CONSTRAINT "FK_QuoteFacets_Quotes_QuoteId" FOREIGN KEY ("QuoteId") REFERENCES "Quotes" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                INSERT INTO "QuoteFacets_lean" ("Kind", "FacetId", "ReportedUtc", "QuoteId") SELECT "Kind", "FacetId", "ReportedUtc", "QuoteId" FROM "QuoteFacets";
                DROP TABLE "QuoteFacets";
                ALTER TABLE "QuoteFacets_lean" RENAME TO "QuoteFacets";
                CREATE UNIQUE INDEX "IX_QuoteFacets_QuoteId_Kind_FacetId" ON "QuoteFacets" ("QuoteId", "Kind", "FacetId");
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "QuoteActors_lean" (
                    "ActorsId" INTEGER NOT NULL,
                    "QuotesMentioningId" INTEGER NOT NULL,
                    CONSTRAINT "PK_QuoteActors" PRIMARY KEY ("ActorsId", "QuotesMentioningId"),
                    CONSTRAINT "FK_QuoteActors_Actors_ActorsId" FOREIGN KEY ("ActorsId") REFERENCES "Actors" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_QuoteActors_Quotes_QuotesMentioningId" FOREIGN KEY ("QuotesMentioningId") REFERENCES "Quotes" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                INSERT INTO "QuoteActors_lean" ("ActorsId", "QuotesMentioningId") SELECT "ActorsId", "QuotesMentioningId" FROM "QuoteActors";
                DROP TABLE "QuoteActors";
                ALTER TABLE "QuoteActors_lean" RENAME TO "QuoteActors";
                CREATE INDEX "IX_QuoteActors_QuotesMentioningId" ON "QuoteActors" ("QuotesMentioningId");
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "QuoteTopics_lean" (
                    "QuotesId" INTEGER NOT NULL,
                    "TopicsId" INTEGER NOT NULL,
                    CONSTRAINT "PK_QuoteTopics" PRIMARY KEY ("QuotesId", "TopicsId"),
                    CONSTRAINT "FK_QuoteTopics_Quotes_QuotesId" FOREIGN KEY ("QuotesId") REFERENCES "Quotes" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_QuoteTopics_Topics_TopicsId" FOREIGN KEY ("TopicsId") REFERENCES "Topics" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                INSERT INTO "QuoteTopics_lean" ("QuotesId", "TopicsId") SELECT "QuotesId", "TopicsId" FROM "QuoteTopics";
                DROP TABLE "QuoteTopics";
                ALTER TABLE "QuoteTopics_lean" RENAME TO "QuoteTopics";
                CREATE INDEX "IX_QuoteTopics_TopicsId" ON "QuoteTopics" ("TopicsId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Statements_FirstReportedUtc",
                table: "Statements",
                column: "FirstReportedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Kind_ReportedUtc_Id",
                table: "Quotes",
                columns: new[] { "Kind", "ReportedUtc", "Id" });
        }
    }
}
