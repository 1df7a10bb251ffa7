using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PressCms.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EmailAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Topic = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SealedToken = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnsubscribedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmationsRequested = table.Column<int>(type: "integer", nullable: false),
                    ConfirmationRequestedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlertOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReleaseId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertOutbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertOutbox_Subscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "Subscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertOutbox_DueUtc",
                table: "AlertOutbox",
                column: "DueUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AlertOutbox_SubscriptionId_ReleaseId_RevisionNumber_Kind",
                table: "AlertOutbox",
                columns: new[] { "SubscriptionId", "ReleaseId", "RevisionNumber", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Subscriptions_Email_Topic",
                table: "Subscriptions",
                columns: new[] { "Email", "Topic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Subscriptions_TokenHash",
                table: "Subscriptions",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Subscriptions_Topic",
                table: "Subscriptions",
                column: "Topic");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertOutbox");

            migrationBuilder.DropTable(
                name: "Subscriptions");
        }
    }
}
