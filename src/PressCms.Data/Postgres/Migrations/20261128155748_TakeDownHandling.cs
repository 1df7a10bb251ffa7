using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PressCms.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TakeDownHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "TakeDownHandledUtc",
                table: "Releases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Releases_TakeDownHandledUtc_UnpublishAtUtc",
                table: "Releases",
                columns: new[] { "TakeDownHandledUtc", "UnpublishAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Releases_TakeDownHandledUtc_UnpublishAtUtc",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "TakeDownHandledUtc",
                table: "Releases");
        }
    }
}
