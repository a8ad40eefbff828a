using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchVectorOfMarkup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PostgreSQL's parser reads "<script>…</script>" in a quote as markup and indexes neither the tag nor what
            // it wraps, while SQLite's tokenizer finds "script" and the words inside. Angle brackets become spaces
            // before parsing, so a quote holding markup is found by its words on both engines.
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_Quotes_SearchVector";
                ALTER TABLE "Quotes" DROP COLUMN IF EXISTS "SearchVector";
                ALTER TABLE "Quotes" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    to_tsvector('newstracker_search'::regconfig,
                        translate(coalesce("Text", '') || ' ' || coalesce("SpeakerAsWritten", ''), '<>', '  '))) STORED;
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
                    to_tsvector('newstracker_search'::regconfig, coalesce("Text", '') || ' ' || coalesce("SpeakerAsWritten", ''))) STORED;
                CREATE INDEX "IX_Quotes_SearchVector" ON "Quotes" USING GIN ("SearchVector");
                """);
        }
    }
}
