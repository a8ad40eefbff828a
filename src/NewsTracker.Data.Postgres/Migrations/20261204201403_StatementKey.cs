using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StatementKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The stored SHA-256 in hex becomes its first eight bytes, big-endian: TextFingerprint.Key of the same
            // words, so statements stored before still meet their new reports.
            migrationBuilder.Sql("""
                ALTER TABLE "Statements" ALTER COLUMN "Fingerprint" TYPE bigint
                    USING ('x' || substr("Fingerprint", 1, 16))::bit(64)::bigint;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The key back in hex: sixteen characters, which the Up above reads back to the same key.
            migrationBuilder.Sql("""
                ALTER TABLE "Statements" ALTER COLUMN "Fingerprint" TYPE character(64)
                    USING lpad(to_hex("Fingerprint"), 16, '0');
                """);
        }
    }
}
