using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // WITHOUT ROWID, as the other tables keyed by all they are looked up by (see LeanerArchiveTables).
            migrationBuilder.Sql("""
                CREATE TABLE "MonthlyCounts" (
                    "Kind" INTEGER NOT NULL,
                    "FacetId" INTEGER NOT NULL,
                    "MonthUtc" TEXT NOT NULL,
                    "TopicId" INTEGER NOT NULL,
                    "Direct" INTEGER NOT NULL,
                    "Reported" INTEGER NOT NULL,
                    "Untagged" INTEGER NOT NULL,
                    CONSTRAINT "PK_MonthlyCounts" PRIMARY KEY ("Kind", "FacetId", "MonthUtc", "TopicId")
                ) WITHOUT ROWID;
                """);

            // The stored archive's counts, from the filter index as MonthlyCounts counts a quote: under each of its rows
            // in its month (every quote, and those with no topic), and under each of those rows with each of its topics.
            // Dates are stored as "yyyy-MM-dd HH:mm:ss…", so a month's first day is its first seven characters and
            // "-01 00:00:00"; Undated ("0001-01-01 00:00:00") stays itself.
            migrationBuilder.Sql("""
                INSERT INTO "MonthlyCounts" ("Kind", "FacetId", "MonthUtc", "TopicId", "Direct", "Reported", "Untagged")
                SELECT f."Kind", f."FacetId", substr(f."ReportedUtc", 1, 7) || '-01 00:00:00', 0,
                    SUM(CASE WHEN q."Kind" = 'Direct' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN q."Kind" = 'Direct' THEN 0 ELSE 1 END),
                    SUM(CASE WHEN EXISTS (SELECT 1 FROM "QuoteFacets" t WHERE t."QuoteId" = f."QuoteId" AND t."Kind" = 3) THEN 0 ELSE 1 END)
                FROM "QuoteFacets" f JOIN "Quotes" q ON q."Id" = f."QuoteId"
                GROUP BY f."Kind", f."FacetId", substr(f."ReportedUtc", 1, 7);
                INSERT INTO "MonthlyCounts" ("Kind", "FacetId", "MonthUtc", "TopicId", "Direct", "Reported", "Untagged")
                SELECT f."Kind", f."FacetId", substr(f."ReportedUtc", 1, 7) || '-01 00:00:00', t."FacetId",
                    SUM(CASE WHEN q."Kind" = 'Direct' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN q."Kind" = 'Direct' THEN 0 ELSE 1 END),
                    0
                FROM "QuoteFacets" f
                JOIN "QuoteFacets" t ON t."QuoteId" = f."QuoteId" AND t."Kind" = 3
                JOIN "Quotes" q ON q."Id" = f."QuoteId"
                GROUP BY f."Kind", f."FacetId", substr(f."ReportedUtc", 1, 7), t."FacetId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonthlyCounts");
        }
    }
}
