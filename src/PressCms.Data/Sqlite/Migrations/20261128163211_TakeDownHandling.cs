using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PressCms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TakeDownHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "HandledUnpublishAtUtc",
                table: "Releases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublicStampUtc",
                table: "Newsroom",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Releases_UnpublishAtUtc_HandledUnpublishAtUtc",
                table: "Releases",
                columns: new[] { "UnpublishAtUtc", "HandledUnpublishAtUtc" });

            // Releases that came down before handling existed are not news now: mark them handled, so the
            // first pass after the upgrade does not audit and ping every one of them at once.
            migrationBuilder.Sql("""
                UPDATE "Releases" SET "HandledUnpublishAtUtc" = "UnpublishAtUtc" WHERE "UnpublishAtUtc" IS NOT NULL AND "UnpublishAtUtc" <= strftime('%Y-%m-%d %H:%M:%f', 'now');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Releases_UnpublishAtUtc_HandledUnpublishAtUtc",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "HandledUnpublishAtUtc",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "PublicStampUtc",
                table: "Newsroom");
        }
    }
}
