using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wq.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoredReviewQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QueueRows",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    GraduateId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    GraduateName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    StudentNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Major = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Counterparty = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Gate = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueueRows", x => x.RowId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Terminations_GraduateId_State",
                table: "Terminations",
                columns: new[] { "GraduateId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Graduates_SchoolId_Major_DepartmentId",
                table: "Graduates",
                columns: new[] { "SchoolId", "Major", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_GraduateId",
                table: "QueueRows",
                column: "GraduateId");

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_Kind_Id",
                table: "QueueRows",
                columns: new[] { "Kind", "Id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_SchoolId_Counterparty_Kind_Id",
                table: "QueueRows",
                columns: new[] { "SchoolId", "Counterparty", "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_SchoolId_DepartmentId_Level_Major_Gate_Kind",
                table: "QueueRows",
                columns: new[] { "SchoolId", "DepartmentId", "Level", "Major", "Gate", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_SchoolId_DepartmentName_Descending",
                table: "QueueRows",
                columns: new[] { "SchoolId", "DepartmentName", "Kind", "Id" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_SchoolId_DepartmentName_Kind_Id",
                table: "QueueRows",
                columns: new[] { "SchoolId", "DepartmentName", "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_SchoolId_GraduateName_Kind_Id",
                table: "QueueRows",
                columns: new[] { "SchoolId", "GraduateName", "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_SchoolId_Kind_Descending",
                table: "QueueRows",
                columns: new[] { "SchoolId", "Kind", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_SchoolId_Kind_Id_Gate_DepartmentId_Level_Major",
                table: "QueueRows",
                columns: new[] { "SchoolId", "Kind", "Id", "Gate", "DepartmentId", "Level", "Major" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_SchoolId_StudentNo_Kind_Id",
                table: "QueueRows",
                columns: new[] { "SchoolId", "StudentNo", "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueRows_SchoolId_SubmittedAt_Kind_Id",
                table: "QueueRows",
                columns: new[] { "SchoolId", "SubmittedAt", "Kind", "Id" });

            migrationBuilder.Sql(Search);
            migrationBuilder.Sql(Backfill);
        }

        /// <summary>
        /// Keyword search (substring of name, 学号 or 单位) as a trigram full-text index over the stored
        /// rows, kept by triggers on the one table it indexes. Case-sensitive, as instr() is, so a query
        /// of 3 or more characters finds exactly the rows a scan would; shorter ones still scan (ADR 0019).
        /// </summary>
        internal const string Search = """
            CREATE VIRTUAL TABLE "QueueSearch" USING fts5("GraduateName", "StudentNo", "Counterparty",
                content='QueueRows', content_rowid='RowId', tokenize='trigram case_sensitive 1');
            CREATE TRIGGER "QueueRows_Search_Insert" AFTER INSERT ON "QueueRows" BEGIN
                INSERT INTO "QueueSearch" (rowid, "GraduateName", "StudentNo", "Counterparty")
                VALUES (new."RowId", new."GraduateName", new."StudentNo", new."Counterparty");
            END;
            CREATE TRIGGER "QueueRows_Search_Delete" AFTER DELETE ON "QueueRows" BEGIN
                INSERT INTO "QueueSearch" ("QueueSearch", rowid, "GraduateName", "StudentNo", "Counterparty")
                VALUES ('delete', old."RowId", old."GraduateName", old."StudentNo", old."Counterparty");
            END;
            CREATE TRIGGER "QueueRows_Search_Update" AFTER UPDATE ON "QueueRows" BEGIN
                INSERT INTO "QueueSearch" ("QueueSearch", rowid, "GraduateName", "StudentNo", "Counterparty")
                VALUES ('delete', old."RowId", old."GraduateName", old."StudentNo", old."Counterparty");
                INSERT INTO "QueueSearch" (rowid, "GraduateName", "StudentNo", "Counterparty")
                VALUES (new."RowId", new."GraduateName", new."StudentNo", new."Counterparty");
            END;
            """;

        /// <summary>
        /// The items already waiting at a gate, as the workspace queue sources project them at this
        /// migration (Workflows/Workspace/*Source*.cs); from here on the transitions keep the table.
        /// Kinds are ReviewKinds, states and gates the enums' numbers; times are UTC ticks.
        /// </summary>
        internal const string Backfill = """
            INSERT INTO "QueueRows" ("Kind", "Id", "Version", "GraduateId", "SchoolId", "GraduateName", "StudentNo", "DepartmentId",
                "DepartmentName", "Major", "Level", "Counterparty", "State", "Gate", "SubmittedAt", "Summary")
            SELECT CASE a."Channel" WHEN 1 THEN 'online-signing' WHEN 2 THEN 'offline-signing' ELSE 'paper-registration' END,
                a."Id", a."Version", a."GraduateId", a."SchoolId", g."Name", g."StudentNo", a."DepartmentId", d."Name", g."Major", g."Level",
                a."EmployerName", a."State",
                CASE WHEN a."State" IN (2, 20, 24) THEN 1 ELSE 2 END,
                COALESCE(a."AnsweredAt", a."CreatedAt"), '岗位:' || COALESCE(a."PositionTitle", '')
            FROM "Agreements" a JOIN "Graduates" g ON g."Id" = a."GraduateId" JOIN "Departments" d ON d."Id" = g."DepartmentId"
            WHERE (a."Channel" = 1 AND a."State" IN (2, 3))
               OR (a."Channel" = 2 AND a."State" IN (20, 21, 24, 25))
               OR (a."Channel" = 3 AND a."State" IN (2, 3));

            INSERT INTO "QueueRows" ("Kind", "Id", "Version", "GraduateId", "SchoolId", "GraduateName", "StudentNo", "DepartmentId",
                "DepartmentName", "Major", "Level", "Counterparty", "State", "Gate", "SubmittedAt", "Summary")
            SELECT 'termination', t."Id", t."Version", t."GraduateId", t."SchoolId", g."Name", g."StudentNo", t."DepartmentId", d."Name",
                g."Major", g."Level", a."EmployerName", t."State", CASE t."State" WHEN 2 THEN 1 ELSE 2 END,
                t."CreatedAt", CASE WHEN t."Online" THEN '' ELSE '线下解约 · ' END || '协议 ' || COALESCE(a."Number", '')
            FROM "Terminations" t JOIN "Agreements" a ON a."Id" = t."AgreementId"
                JOIN "Graduates" g ON g."Id" = a."GraduateId" JOIN "Departments" d ON d."Id" = g."DepartmentId"
            WHERE t."State" IN (2, 3);

            INSERT INTO "QueueRows" ("Kind", "Id", "Version", "GraduateId", "SchoolId", "GraduateName", "StudentNo", "DepartmentId",
                "DepartmentName", "Major", "Level", "Counterparty", "State", "Gate", "SubmittedAt", "Summary")
            SELECT 'destination-registration', r."Id", r."Version", r."GraduateId", r."SchoolId", g."Name", g."StudentNo", r."DepartmentId",
                d."Name", g."Major", g."Level", r."OrganisationName", r."State", CASE WHEN r."State" IN (1, 8) THEN 1 ELSE 2 END,
                COALESCE(r."SubmittedAt", r."CreatedAt"),
                CASE WHEN r."ReplacesId" IS NOT NULL THEN '变更 · 去向代码 ' ELSE '去向代码 ' END || r."DestinationCode"
            FROM "DestinationRegistrations" r JOIN "Graduates" g ON g."Id" = r."GraduateId" JOIN "Departments" d ON d."Id" = g."DepartmentId"
            WHERE r."State" IN (1, 2, 8, 9);
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"QueueSearch\";");
            migrationBuilder.DropTable(
                name: "QueueRows");

            migrationBuilder.DropIndex(
                name: "IX_Terminations_GraduateId_State",
                table: "Terminations");

            migrationBuilder.DropIndex(
                name: "IX_Graduates_SchoolId_Major_DepartmentId",
                table: "Graduates");
        }
    }
}
