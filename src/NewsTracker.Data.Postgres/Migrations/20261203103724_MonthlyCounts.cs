using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MonthlyCounts",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    FacetId = table.Column<int>(type: "integer", nullable: false),
                    MonthUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: false),
                    Direct = table.Column<int>(type: "integer", nullable: false),
                    Reported = table.Column<int>(type: "integer", nullable: false),
                    Untagged = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyCounts", x => new { x.Kind, x.FacetId, x.MonthUtc, x.TopicId });
                });

            // The stored archive's counts, from the filter index as MonthlyCounts counts a quote: under each of its rows
            // in its month (every quote, and those with no topic), and under each of those rows with each of its topics.
            // Months are cut in UTC whatever the session's time zone; Undated (-infinity) stays itself.
            migrationBuilder.Sql("""
                INSERT INTO "MonthlyCounts" ("Kind", "FacetId", "MonthUtc", "TopicId", "Direct", "Reported", "Untagged")
                SELECT f."Kind", f."FacetId", date_trunc('month', f."ReportedUtc", 'UTC'), 0,
                    SUM(CASE WHEN q."Kind" = 'Direct' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN q."Kind" = 'Direct' THEN 0 ELSE 1 END),
                    SUM(CASE WHEN EXISTS (SELECT 1 FROM "QuoteFacets" t WHERE t."QuoteId" = f."QuoteId" AND t."Kind" = 3) THEN 0 ELSE 1 END)
                FROM "QuoteFacets" f JOIN "Quotes" q ON q."Id" = f."QuoteId"
                GROUP BY f."Kind", f."FacetId", date_trunc('month', f."ReportedUtc", 'UTC');
                INSERT INTO "MonthlyCounts" ("Kind", "FacetId", "MonthUtc", "TopicId", "Direct", "Reported", "Untagged")
                SELECT f."Kind", f."FacetId", date_trunc('month', f."ReportedUtc", 'UTC'), t."FacetId",
                    SUM(CASE WHEN q."Kind" = 'Direct' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN q."Kind" = 'Direct' THEN 0 ELSE 1 END),
                    0
                FROM "QuoteFacets" f
                JOIN "QuoteFacets" t ON t."QuoteId" = f."QuoteId" AND t."Kind" = 3
                JOIN "Quotes" q ON q."Id" = f."QuoteId"
                GROUP BY f."Kind", f."FacetId", date_trunc('month', f."ReportedUtc", 'UTC'), t."FacetId";
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
