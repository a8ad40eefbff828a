using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UndatedArticlesAndImportReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    User = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    Files = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    Refused = table.Column<int>(type: "INTEGER", nullable: false),
                    Quotes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: true),
                    Quotes = table.Column<int>(type: "INTEGER", nullable: false),
                    Messages = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportLines_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportLines_ImportId_Position",
                table: "ImportLines",
                columns: new[] { "ImportId", "Position" });

            // Undated articles used to take the day they were added as their report date. They become
            // ReportedDate.Undated ('0001-01-01 00:00:00', as EF stores DateTime.MinValue) in the articles, their
            // quotes and the quotes' filter-index rows; a statement is first reported on its earliest dated report.
            migrationBuilder.Sql("""
                UPDATE "Articles" SET "ReportedUtc" = '0001-01-01 00:00:00' WHERE "PublishedUtc" IS NULL;
                UPDATE "Quotes" SET "ReportedUtc" = '0001-01-01 00:00:00'
                    WHERE "ArticleId" IN (SELECT "Id" FROM "Articles" WHERE "PublishedUtc" IS NULL);
                UPDATE "QuoteFacets" SET "ReportedUtc" = '0001-01-01 00:00:00'
                    WHERE "QuoteId" IN (SELECT "Id" FROM "Quotes" WHERE "ReportedUtc" = '0001-01-01 00:00:00');
                UPDATE "Statements" SET "FirstReportedUtc" = COALESCE(
                        (SELECT MIN(q."ReportedUtc") FROM "Quotes" AS q
                            WHERE q."StatementId" = "Statements"."Id" AND q."ReportedUtc" > '0001-01-01 00:00:00'),
                        '0001-01-01 00:00:00')
                    WHERE "Id" IN (SELECT "StatementId" FROM "Quotes" WHERE "ReportedUtc" = '0001-01-01 00:00:00');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the old fallback: an undated article reports on the day it was added.
            migrationBuilder.Sql("""
                UPDATE "Articles" SET "ReportedUtc" = "AddedUtc" WHERE "PublishedUtc" IS NULL;
                UPDATE "Quotes" SET "ReportedUtc" = (SELECT a."ReportedUtc" FROM "Articles" AS a WHERE a."Id" = "Quotes"."ArticleId")
                    WHERE "ReportedUtc" = '0001-01-01 00:00:00';
                UPDATE "QuoteFacets" SET "ReportedUtc" = (SELECT q."ReportedUtc" FROM "Quotes" AS q WHERE q."Id" = "QuoteFacets"."QuoteId")
                    WHERE "ReportedUtc" = '0001-01-01 00:00:00';
                UPDATE "Statements" SET "FirstReportedUtc" = (SELECT MIN(q."ReportedUtc") FROM "Quotes" AS q WHERE q."StatementId" = "Statements"."Id")
                    WHERE "FirstReportedUtc" = '0001-01-01 00:00:00';
                """);

            migrationBuilder.DropTable(
                name: "ImportLines");

            migrationBuilder.DropTable(
                name: "Imports");
        }
    }
}
