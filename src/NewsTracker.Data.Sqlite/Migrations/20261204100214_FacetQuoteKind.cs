using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The stored rows take their quote's kind (0 direct, 1 reported; the quote keeps it as text).
            migrationBuilder.Sql("""
                UPDATE "QuoteFacets" SET "QuoteKind" = 1
                WHERE "QuoteId" IN (SELECT "Id" FROM "Quotes" WHERE "Kind" = 'Indirect');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "QuoteKind",
                table: "QuoteFacets");
        }
    }
}
