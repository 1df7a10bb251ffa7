using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PressCms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReleaseGallery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Gallery",
                table: "Revisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Gallery",
                table: "Revisions");
        }
    }
}
