using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchVectorHyphens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PostgreSQL's parser indexes "troop-deployment" as the compound and then its parts, one position each, and
            // reads "3e5f1a2b-undated" as a number in scientific notation and a hyphenated word; a phrase or prefix query
            // for the same text then misses it. SQLite's tokenizer splits at the hyphen. Hyphens become spaces before
            // parsing, as the phrase queries do (PostgresDialect), so both engines find the same quotes.
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_Quotes_SearchVector";
                ALTER TABLE "Quotes" DROP COLUMN IF EXISTS "SearchVector";
                ALTER TABLE "Quotes" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    to_tsvector('newstracker_search'::regconfig,
                        translate(coalesce("Text", '') || ' ' || coalesce("SpeakerAsWritten", ''), '<>-‐‑', '     '))) STORED;
                CREATE INDEX "IX_Quotes_SearchVector" ON "Quotes" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_Quotes_SearchVector";
                ALTER TABLE "Quotes" DROP COLUMN IF EXISTS "SearchVector";
                ALTER TABLE "Quotes" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    to_tsvector('newstracker_search'::regconfig,
                        translate(coalesce("Text", '') || ' ' || coalesce("SpeakerAsWritten", ''), '<>', '  '))) STORED;
                CREATE INDEX "IX_Quotes_SearchVector" ON "Quotes" USING GIN ("SearchVector");
                """);
        }
    }
}
