using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
{
    /// <summary>
    /// A quote's report date as a Julian day (REAL) instead of text, in the quotes and in the filter index keyed on it
    /// (SqliteReportDates). By hand, not EF's table rebuild: the quotes table is rebuilt by SQLite itself (a new column,
    /// filled, the old one dropped), which keeps its full-text triggers and the tables that refer to it; the filter
    /// index, whose key holds the date, is copied into a new table as LeanerArchiveTables made it. Stored dates are
    /// cut to whole seconds, as ReportedDate.Of now makes them.
    /// </summary>
    public partial class ReportDatesAsJulianDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "REAL", "julianday(strftime('%Y-%m-%d %H:%M:%S', {0}))", "1721425.5");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "TEXT", "strftime('%Y-%m-%d %H:%M:%S', {0})", "'0001-01-01 00:00:00'");

        private static void Rebuild(MigrationBuilder migrationBuilder, string type, string convert, string undated)
        {
            var quoteDate = string.Format(System.Globalization.CultureInfo.InvariantCulture, convert, "\"ReportedUtc\"");
            migrationBuilder.Sql($"""
                DROP INDEX "IX_Quotes_ReportedUtc_Id";
                DROP INDEX "IX_Quotes_SpeakerId_ReportedUtc_Id";
                ALTER TABLE "Quotes" ADD COLUMN "ReportedDay" {type} NOT NULL DEFAULT {undated};
                UPDATE "Quotes" SET "ReportedDay" = {quoteDate};
                ALTER TABLE "Quotes" DROP COLUMN "ReportedUtc";
                ALTER TABLE "Quotes" RENAME COLUMN "ReportedDay" TO "ReportedUtc";
                CREATE INDEX "IX_Quotes_ReportedUtc_Id" ON "Quotes" ("ReportedUtc", "Id");
                CREATE INDEX "IX_Quotes_SpeakerId_ReportedUtc_Id" ON "Quotes" ("SpeakerId", "ReportedUtc", "Id");
                """);
            migrationBuilder.Sql($"""
                CREATE TABLE "QuoteFacets_days" (
                    "Kind" INTEGER NOT NULL,
                    "FacetId" INTEGER NOT NULL,
                    "ReportedUtc" {type} NOT NULL,
                    "QuoteId" INTEGER NOT NULL,
                    "StatementId" INTEGER NOT NULL DEFAULT 0,
                    "QuoteKind" INTEGER NOT NULL DEFAULT 0,
                    "Repeated" INTEGER NOT NULL DEFAULT 0,
                    CONSTRAINT "PK_QuoteFacets" PRIMARY KEY ("Kind", "FacetId", "ReportedUtc", "QuoteId"),
                    CONSTRAINT "FK_QuoteFacets_Quotes_QuoteId" FOREIGN KEY ("QuoteId") REFERENCES "Quotes" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                INSERT INTO "QuoteFacets_days" ("Kind", "FacetId", "ReportedUtc", "QuoteId", "StatementId", "QuoteKind", "Repeated")
                    SELECT "Kind", "FacetId", {quoteDate}, "QuoteId", "StatementId", "QuoteKind", "Repeated" FROM "QuoteFacets";
                DROP TABLE "QuoteFacets";
                ALTER TABLE "QuoteFacets_days" RENAME TO "QuoteFacets";
                CREATE UNIQUE INDEX "IX_QuoteFacets_QuoteId_Kind_FacetId" ON "QuoteFacets" ("QuoteId", "Kind", "FacetId");
                """);
        }
    }
}
