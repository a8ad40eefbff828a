using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("""
                UPDATE "QuoteFacets" SET "Repeated" = 1
                WHERE EXISTS (SELECT 1 FROM "Quotes" o WHERE o."StatementId" = "QuoteFacets"."StatementId" AND o."Id" <> "QuoteFacets"."QuoteId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Repeated",
                table: "QuoteFacets");
        }
    }
}
