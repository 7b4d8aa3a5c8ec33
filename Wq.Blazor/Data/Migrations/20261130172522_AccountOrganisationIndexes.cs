using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wq.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccountOrganisationIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_EmployerId",
                table: "AspNetUsers",
                column: "EmployerId",
                filter: "\"EmployerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_GraduateId",
                table: "AspNetUsers",
                column: "GraduateId",
                filter: "\"GraduateId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_EmployerId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_GraduateId",
                table: "AspNetUsers");
        }
    }
}
