using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QuoteSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // What SQLite's FTS5 index (porter unicode61 remove_diacritics 2) covers, the PostgreSQL way: quote text and
            // speaker as written, diacritics folded by unaccent, then the English stemmer. unaccent is a trusted
            // extension, so the database's owner may create it. The configuration is immutable, so the vector can be
            // a stored generated column that follows every insert and update without triggers.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH CONFIGURATION newstracker_search (COPY = pg_catalog.english);
                ALTER TEXT SEARCH CONFIGURATION newstracker_search
                    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Quotes" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    to_tsvector('newstracker_search'::regconfig, coalesce("Text", '') || ' ' || coalesce("SpeakerAsWritten", ''))) STORED;
                CREATE INDEX "IX_Quotes_SearchVector" ON "Quotes" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Quotes_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Quotes" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS newstracker_search;");
        }
    }
}
