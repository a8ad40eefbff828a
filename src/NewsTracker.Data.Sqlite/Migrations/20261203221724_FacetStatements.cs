using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The stored rows take their quote's statement (it never changes once the quote is stored).
            migrationBuilder.Sql("""
                UPDATE "QuoteFacets" SET "StatementId" = (SELECT q."StatementId" FROM "Quotes" q WHERE q."Id" = "QuoteFacets"."QuoteId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StatementId",
                table: "QuoteFacets");
        }
    }
}
