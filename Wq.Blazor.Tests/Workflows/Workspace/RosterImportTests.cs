using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Workspace.Roster;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>Roster import: a report per line, all-or-nothing, idempotent, changed lines update.</summary>
public class RosterImportTests(SigningApp app) : IClassFixture<SigningApp>
{
    private const string Header = "学号,姓名,性别,身份证号,院系,专业,学历层次,毕业年份,手机号,邮箱,生源地";
    private RosterImportService Import => app.Get<RosterImportService>();

    private static string Id(int n) { var f = $"11010520020304{n:000}"; return f + ResidentIdNumber.ComputeCheckChar(f); }

    private static string Line(string no, int n, string dept = "计算机学院", string phone = "13912345678", string? id = null) =>
        $"{no},赵{n},男,{id ?? Id(n)},{dept},软件工程,本科,2027,{phone},,北京市";

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. lines])));

    [Fact]
    public async Task A_file_with_bad_lines_reports_each_error_and_imports_nothing()
    {
        var school1 = await app.ActorAsync("school1");
        var badId = Id(11)[..17] + (Id(11)[17] == '1' ? '2' : '1');
        var csv = Csv(Line("R9001", 11, id: badId), Line("R9002", 12, dept: "火星学院"), Line("R9003", 13, phone: "1234"),
            Line("R9003", 14), Line("R9005", 15, id: Id(13)), Line("R9006", 16));
        var preview = (await Import.PreviewAsync(school1, "roster.csv", csv)).Value!;
        Assert.False(preview.CanCommit);
        Assert.Contains(preview.Lines.Single(l => l.Line == 2).Errors, e => e.StartsWith("身份证号:"));
        Assert.Contains("院系“火星学院”不存在", preview.Lines.Single(l => l.Line == 3).Errors);
        Assert.Contains(preview.Lines.Single(l => l.Line == 4).Errors, e => e.StartsWith("手机号:"));
        Assert.Contains("学号与第 4 行重复", preview.Lines.Single(l => l.Line == 5).Errors);
        Assert.Contains("身份证号与第 4 行重复", preview.Lines.Single(l => l.Line == 6).Errors);
        Assert.Equal(RosterLineStatus.New, preview.Lines.Single(l => l.Line == 7).Status);

        var before = await CountAsync();
        csv.Position = 0;
        var commit = await Import.CommitAsync(school1, "roster.csv", csv);
        Assert.Equal("有 5 行存在错误,未导入任何数据,请修改后重新上传", commit.Error);
        Assert.Equal(before, await CountAsync());

        Assert.Equal("只支持 .xlsx 或 .csv 文件", (await Import.PreviewAsync(school1, "roster.txt", Csv())).Value!.FileError);
        Assert.True((await Import.PreviewAsync(await app.ActorAsync("dept1"), "roster.csv", Csv(Line("R9101", 21)))).NotFound);
    }

    [Fact]
    public async Task Importing_the_same_xlsx_twice_changes_nothing_and_a_changed_line_updates()
    {
        var school1 = await app.ActorAsync("school1");
        var rows = new[] { ("R8001", 31, "13911110001"), ("R8002", 32, "13911110002") };
        MemoryStream Xlsx(string phone2)
        {
            var ms = new MemoryStream();
            ms.SaveAs(rows.Select((r, i) => new Dictionary<string, object>
            {
                ["学号"] = r.Item1, ["姓名"] = $"钱{r.Item2}", ["性别"] = "女", ["身份证号"] = Id(r.Item2), ["院系"] = "计算机学院",
                ["专业"] = "软件工程", ["学历层次"] = "硕士", ["毕业年份"] = 2027, ["手机号"] = i == 1 ? phone2 : r.Item3, ["邮箱"] = "", ["生源地"] = "上海市",
            }).ToList());
            ms.Position = 0;
            return ms;
        }

        var first = await Import.CommitAsync(school1, "r.xlsx", Xlsx("13911110002"));
        Assert.True(first.Ok, first.Error);
        Assert.Equal(2, first.Value!.Count(RosterLineStatus.New));
        var world = await CountAsync();

        var again = await Import.CommitAsync(school1, "r.xlsx", Xlsx("13911110002"));
        Assert.Equal(2, again.Value!.Count(RosterLineStatus.Unchanged));
        Assert.Equal(world, await CountAsync());

        var changed = await Import.CommitAsync(school1, "r.xlsx", Xlsx("13922220002"));
        Assert.Equal((1, 1), (changed.Value!.Count(RosterLineStatus.Unchanged), changed.Value.Count(RosterLineStatus.Updated)));
        await using var db = await app.DbAsync();
        var g = await db.Graduates.SingleAsync(x => x.StudentNo == "R8002");
        Assert.Equal(("13922220002", Wq.Blazor.Domain.CodeTables.EducationLevel.Master, 1), (g.Phone, g.Level, g.Version));
    }

    private async Task<(int Graduates, int Audit, int Versions)> CountAsync()
    {
        await using var db = await app.DbAsync();
        return (await db.Graduates.CountAsync(), await db.AuditEvents.CountAsync(), await db.Graduates.SumAsync(g => g.Version));
    }
}
