using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerId",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_StatementId",
                table: "Quotes");

            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Topics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QuoteCount",
                table: "Topics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Topics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Statements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReportedUtc",
                table: "Quotes",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "QuoteCount",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReportedUtc",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "MentionCount",
                table: "Actors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QuoteCount",
                table: "Actors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Kind_ReportedUtc_Id",
                table: "Quotes",
                columns: new[] { "Kind", "ReportedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_ReportedUtc_Id",
                table: "Quotes",
                columns: new[] { "ReportedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerId_ReportedUtc_Id",
                table: "Quotes",
                columns: new[] { "SpeakerId", "ReportedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_StatementId_Id",
                table: "Quotes",
                columns: new[] { "StatementId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ReportedUtc_Id",
                table: "Articles",
                columns: new[] { "ReportedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Title",
                table: "Articles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_Actors_QuoteCount_Id",
                table: "Actors",
                columns: new[] { "QuoteCount", "Id" });

            // Existing rows take their stored dates and counts once; the writers keep them in step from here on.
            migrationBuilder.Sql("""
                UPDATE "Articles" SET "ReportedUtc" = COALESCE("PublishedUtc", "AddedUtc"),
                    "QuoteCount" = (SELECT COUNT(*) FROM "Quotes" WHERE "Quotes"."ArticleId" = "Articles"."Id");
                UPDATE "Quotes" SET "ReportedUtc" = (SELECT "ReportedUtc" FROM "Articles" WHERE "Articles"."Id" = "Quotes"."ArticleId");
                UPDATE "Actors" SET
                    "QuoteCount" = (SELECT COUNT(*) FROM "Quotes" WHERE "Quotes"."SpeakerId" = "Actors"."Id"),
                    "MentionCount" = (SELECT COUNT(*) FROM "QuoteActors" WHERE "QuoteActors"."ActorsId" = "Actors"."Id");
                UPDATE "Topics" SET
                    "QuoteCount" = (SELECT COUNT(*) FROM "QuoteTopics" WHERE "QuoteTopics"."TopicsId" = "Topics"."Id"),
                    "ArticleCount" = (SELECT COUNT(*) FROM "ArticleTopics" WHERE "ArticleTopics"."TopicsId" = "Topics"."Id");
                UPDATE "Statements" SET "ArticleCount" = (SELECT COUNT(DISTINCT "ArticleId") FROM "Quotes" WHERE "Quotes"."StatementId" = "Statements"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_Kind_ReportedUtc_Id",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_ReportedUtc_Id",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerId_ReportedUtc_Id",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_StatementId_Id",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Articles_ReportedUtc_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Title",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Actors_QuoteCount_Id",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "QuoteCount",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "ReportedUtc",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "QuoteCount",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ReportedUtc",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "MentionCount",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "QuoteCount",
                table: "Actors");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerId",
                table: "Quotes",
                column: "SpeakerId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_StatementId",
                table: "Quotes",
                column: "StatementId");
        }
    }
}
