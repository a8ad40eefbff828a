using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuoteSearchVocabulary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The stems in the quote index, one row per occurrence: lets a search word match stems that begin
            // with the word as typed, which the porter-stemmed prefix query misses ("deploy" → "deploi" vs "deployment" → "deploy").
            migrationBuilder.Sql("""CREATE VIRTUAL TABLE "QuoteSearchTerms" USING fts5vocab('QuoteSearch', 'instance');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "QuoteSearchTerms";""");
        }
    }
}
