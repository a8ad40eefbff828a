using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatementKey : Migration
    {
        // The stored SHA-256 in hex becomes its first eight bytes, big-endian: TextFingerprint.Key of the same words,
        // so statements stored before still meet their new reports. SQLite has no hex parser: the key is put together
        // nibble by nibble. A new column, dropped and renamed in place, rather than EF's table rebuild: the rebuild
        // turns foreign keys off, which cannot happen inside the migration's transaction, and a kill half-way would
        // leave the archive between two schemas.
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Statements" ADD COLUMN "Key" INTEGER NOT NULL DEFAULT 0;
                UPDATE "Statements" SET "Key" =
                    ((instr('0123456789abcdef', substr("Fingerprint", 1, 1)) - 1) << 60) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 2, 1)) - 1) << 56) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 3, 1)) - 1) << 52) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 4, 1)) - 1) << 48) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 5, 1)) - 1) << 44) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 6, 1)) - 1) << 40) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 7, 1)) - 1) << 36) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 8, 1)) - 1) << 32) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 9, 1)) - 1) << 28) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 10, 1)) - 1) << 24) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 11, 1)) - 1) << 20) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 12, 1)) - 1) << 16) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 13, 1)) - 1) << 12) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 14, 1)) - 1) << 8) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 15, 1)) - 1) << 4) |
                    ((instr('0123456789abcdef', substr("Fingerprint", 16, 1)) - 1) << 0);
                DROP INDEX "IX_Statements_Fingerprint";
                ALTER TABLE "Statements" DROP COLUMN "Fingerprint";
                ALTER TABLE "Statements" RENAME COLUMN "Key" TO "Fingerprint";
                CREATE INDEX "IX_Statements_Fingerprint" ON "Statements" ("Fingerprint");
                """);
        }

        // The key back in hex: sixteen characters, which the Up above reads back to the same key.
        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Statements" ADD COLUMN "Hex" TEXT NOT NULL DEFAULT '';
                UPDATE "Statements" SET "Hex" = printf('%016x', "Fingerprint");
                DROP INDEX "IX_Statements_Fingerprint";
                ALTER TABLE "Statements" DROP COLUMN "Fingerprint";
                ALTER TABLE "Statements" RENAME COLUMN "Hex" TO "Fingerprint";
                CREATE INDEX "IX_Statements_Fingerprint" ON "Statements" ("Fingerprint");
                """);
        }
    }
}
