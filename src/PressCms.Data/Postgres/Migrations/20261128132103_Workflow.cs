using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PressCms.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "Revisions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "Revisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionNote",
                table: "Revisions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WentLiveUtc",
                table: "Revisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AwaitingRetrospectiveApproval",
                table: "Releases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "EmergencyPublishedBy",
                table: "Releases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EmergencyPublishedUtc",
                table: "Releases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmergencyReason",
                table: "Releases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GoLiveHandledUtc",
                table: "Releases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastApprovedRevisionNumber",
                table: "Releases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Releases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnUtc",
                table: "Releases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReviewComments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReleaseId = table.Column<string>(type: "character varying(100)", nullable: false),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewComments_Releases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "Releases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Releases_AwaitingRetrospectiveApproval",
                table: "Releases",
                column: "AwaitingRetrospectiveApproval");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewComments_ReleaseId_AtUtc",
                table: "ReviewComments",
                columns: new[] { "ReleaseId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewComments");

            migrationBuilder.DropIndex(
                name: "IX_Releases_AwaitingRetrospectiveApproval",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "ApprovedUtc",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "CorrectionNote",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "WentLiveUtc",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "AwaitingRetrospectiveApproval",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "EmergencyPublishedBy",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "EmergencyPublishedUtc",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "EmergencyReason",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "GoLiveHandledUtc",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "LastApprovedRevisionNumber",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Releases");

            migrationBuilder.DropColumn(
                name: "WithdrawnUtc",
                table: "Releases");
        }
    }
}
