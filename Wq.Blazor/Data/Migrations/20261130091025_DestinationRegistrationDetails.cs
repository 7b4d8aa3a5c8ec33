using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wq.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class DestinationRegistrationDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AdmissionDate",
                table: "DestinationRegistrations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FieldsJson",
                table: "DestinationRegistrations",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Group",
                table: "DestinationRegistrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "OpenReplacementOf",
                table: "DestinationRegistrations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReplacesId",
                table: "DestinationRegistrations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SubmittedAt",
                table: "DestinationRegistrations",
                type: "INTEGER",
                nullable: true);

            // Rows written before this migration: empty form JSON, and their statistics group from the code (SPEC §8).
            migrationBuilder.Sql("""
                UPDATE "DestinationRegistrations" SET "FieldsJson" = '{}',
                "Group" = CASE
                    WHEN "DestinationCode" IN ('12', '76') THEN 2
                    WHEN "DestinationCode" = '75' THEN 3
                    WHEN "DestinationCode" IN ('80', '801', '802', '803', '85') THEN 4
                    WHEN "DestinationCode" IN ('70', '71', '72') THEN 5
                    ELSE 1 END
                """);

            migrationBuilder.CreateIndex(
                name: "IX_DestinationRegistrations_OpenReplacementOf",
                table: "DestinationRegistrations",
                column: "OpenReplacementOf",
                unique: true,
                filter: "\"OpenReplacementOf\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DestinationRegistrations_OpenReplacementOf",
                table: "DestinationRegistrations");

            migrationBuilder.DropColumn(
                name: "AdmissionDate",
                table: "DestinationRegistrations");

            migrationBuilder.DropColumn(
                name: "FieldsJson",
                table: "DestinationRegistrations");

            migrationBuilder.DropColumn(
                name: "Group",
                table: "DestinationRegistrations");

            migrationBuilder.DropColumn(
                name: "OpenReplacementOf",
                table: "DestinationRegistrations");

            migrationBuilder.DropColumn(
                name: "ReplacesId",
                table: "DestinationRegistrations");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "DestinationRegistrations");
        }
    }
}
