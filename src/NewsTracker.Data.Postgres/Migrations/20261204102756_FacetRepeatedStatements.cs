using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FacetRepeatedStatements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Repeated",
                table: "QuoteFacets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The key includes the flag beside the statement and the kind, so the one-per-statement walk stays index-only.
            migrationBuilder.Sql("""
                UPDATE "QuoteFacets" f SET "Repeated" = TRUE
                WHERE EXISTS (SELECT 1 FROM "Quotes" o WHERE o."StatementId" = f."StatementId" AND o."Id" <> f."QuoteId");
                ALTER TABLE "QuoteFacets" DROP CONSTRAINT "PK_QuoteFacets";
                ALTER TABLE "QuoteFacets" ADD CONSTRAINT "PK_QuoteFacets" PRIMARY KEY ("Kind", "FacetId", "ReportedUtc", "QuoteId") INCLUDE ("StatementId", "QuoteKind", "Repeated");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "QuoteFacets" DROP CONSTRAINT "PK_QuoteFacets";
                ALTER TABLE "QuoteFacets" ADD CONSTRAINT "PK_QuoteFacets" PRIMARY KEY ("Kind", "FacetId", "ReportedUtc", "QuoteId") INCLUDE ("StatementId", "QuoteKind");
                """);

            migrationBuilder.DropColumn(
                name: "Repeated",
                table: "QuoteFacets");
        }
    }
}
