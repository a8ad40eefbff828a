using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FacetQuoteKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "QuoteKind",
                table: "QuoteFacets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The stored rows take their quote's kind (0 direct, 1 reported; the quote keeps it as text), and the key
            // includes it beside the statement, so a speaker's direct quotes are an index-only walk (see FacetStatements).
            migrationBuilder.Sql("""
                UPDATE "QuoteFacets" f SET "QuoteKind" = 1 FROM "Quotes" q WHERE q."Id" = f."QuoteId" AND q."Kind" = 'Indirect';
                ALTER TABLE "QuoteFacets" DROP CONSTRAINT "PK_QuoteFacets";
                ALTER TABLE "QuoteFacets" ADD CONSTRAINT "PK_QuoteFacets" PRIMARY KEY ("Kind", "FacetId", "ReportedUtc", "QuoteId") INCLUDE ("StatementId", "QuoteKind");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "QuoteFacets" DROP CONSTRAINT "PK_QuoteFacets";
                ALTER TABLE "QuoteFacets" ADD CONSTRAINT "PK_QuoteFacets" PRIMARY KEY ("Kind", "FacetId", "ReportedUtc", "QuoteId") INCLUDE ("StatementId");
                """);

            migrationBuilder.DropColumn(
                name: "QuoteKind",
                table: "QuoteFacets");
        }
    }
}
