using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PressCms.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EnclosureSize : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EnclosureBytes",
                table: "Media",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnclosureBytes",
                table: "Media");
        }
    }
}
