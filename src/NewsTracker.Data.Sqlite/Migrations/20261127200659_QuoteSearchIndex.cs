using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuoteSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite FTS5 over quote text, kept in step by triggers; the PostgreSQL provider will use tsvector instead.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "QuoteSearch" USING fts5(
                    "Text", "SpeakerAsWritten",
                    content='Quotes', content_rowid='Id',
                    tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Quotes_SearchInsert" AFTER INSERT ON "Quotes" BEGIN
                    INSERT INTO "QuoteSearch"(rowid, "Text", "SpeakerAsWritten") VALUES (new."Id", new."Text", new."SpeakerAsWritten");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Quotes_SearchDelete" AFTER DELETE ON "Quotes" BEGIN
                    INSERT INTO "QuoteSearch"("QuoteSearch", rowid, "Text", "SpeakerAsWritten") VALUES ('delete', old."Id", old."Text", old."SpeakerAsWritten");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Quotes_SearchUpdate" AFTER UPDATE OF "Text", "SpeakerAsWritten" ON "Quotes" BEGIN
                    INSERT INTO "QuoteSearch"("QuoteSearch", rowid, "Text", "SpeakerAsWritten") VALUES ('delete', old."Id", old."Text", old."SpeakerAsWritten");
                    INSERT INTO "QuoteSearch"(rowid, "Text", "SpeakerAsWritten") VALUES (new."Id", new."Text", new."SpeakerAsWritten");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "QuoteSearch"("QuoteSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Quotes_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Quotes_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Quotes_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "QuoteSearch";""");
        }
    }
}
