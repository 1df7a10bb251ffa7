using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PressCms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScheduleStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ScheduleStamp",
                table: "Newsroom",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduleStamp",
                table: "Newsroom");
        }
    }
}
