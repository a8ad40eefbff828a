using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FacetStatements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StatementId",
                table: "QuoteFacets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The stored rows take their quote's statement (it never changes once the quote is stored). The key carries
            // it as an included column, so a one-per-statement list reads it from the index walk without visiting the
            // table; EF's model does not know INCLUDE on a key (a later EF change to this key must keep it). An index
            // entry is 32 bytes with or without it (8-byte alignment).
            migrationBuilder.Sql("""
                UPDATE "QuoteFacets" f SET "StatementId" = q."StatementId" FROM "Quotes" q WHERE q."Id" = f."QuoteId";
                ALTER TABLE "QuoteFacets" DROP CONSTRAINT "PK_QuoteFacets";
                ALTER TABLE "QuoteFacets" ADD CONSTRAINT "PK_QuoteFacets" PRIMARY KEY ("Kind", "FacetId", "ReportedUtc", "QuoteId") INCLUDE ("StatementId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "QuoteFacets" DROP CONSTRAINT "PK_QuoteFacets";
                ALTER TABLE "QuoteFacets" ADD CONSTRAINT "PK_QuoteFacets" PRIMARY KEY ("Kind", "FacetId", "ReportedUtc", "QuoteId");
                """);

            migrationBuilder.DropColumn(
                name: "StatementId",
                table: "QuoteFacets");
        }
    }
}
