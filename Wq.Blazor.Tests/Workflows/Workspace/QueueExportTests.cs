using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Workspace;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>The .xlsx export of the filtered queue, read back cell by cell.</summary>
public class QueueExportTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task Export_holds_the_filtered_rows_with_personal_data_masked_and_formulas_neutralised()
    {
        var school = await SchoolAsync(app);
        // An employer whose name is a formula: the invitation snapshots it, so the queue row carries it.
        var evilEmployer = await app.NewEmployerAsync();
        await using (var db = await app.DbAsync())
            await db.Employers.Where(e => e.Id == evilEmployer.EmployerId)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Name, "=HYPERLINK(\"http://evil\")"));
        var evilGraduate = await app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
        var evilId = await app.InviteAsync(evilEmployer, evilGraduate);
        await app.AcceptAsync(evilGraduate, evilId);
        var ids = (await PendingAsync(app, school, 2)).Prepend(evilId).ToList();
        string idNumber, phone;
        await using (var db = await app.DbAsync())
        {
            var g = await db.Graduates.SingleAsync(x => x.Id == evilGraduate.GraduateId);
            (idNumber, phone) = (g.IdNumber, g.Phone);
        }
        var items = await AllAsync(app, school.DepartmentReviewer);
        var filter = new QueueFilter { Keyword = items.First(i => i.Id != ids[0]).StudentNo[..^1] };
        var expected = (await AllAsync(app, school.DepartmentReviewer, filter)).Count;

        using var all = new MemoryStream();
        await app.Get<QueueExport>().WriteAsync(school.DepartmentReviewer, new QueueFilter(), all);
        all.Position = 0;
        var rows = MiniExcel.Query(all, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        var evil = rows.Single(r => ((string)r["单位"]).Contains("HYPERLINK"));
        Assert.Equal("'=HYPERLINK(\"http://evil\")", evil["单位"]);
        Assert.Equal(Wq.Blazor.Domain.Masking.MaskIdNumber(idNumber), evil["身份证号"]);
        Assert.Equal(Wq.Blazor.Domain.Masking.MaskPhone(phone), evil["手机号"]);
        Assert.DoesNotContain(rows, r => r.Values.OfType<string>().Any(v => v.Contains(idNumber) || v.Contains(phone)));
        Assert.All(rows, r => Assert.Equal("待院系审核", r["状态"]));

        using var filtered = new MemoryStream();
        await app.Get<QueueExport>().WriteAsync(school.DepartmentReviewer, filter, filtered);
        filtered.Position = 0;
        Assert.Equal(expected, MiniExcel.Query(filtered, useHeaderRow: true, excelType: ExcelType.XLSX).Count());
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86", "'+86")]
    [InlineData("-3", "'-3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("张三", "张三")]
    [InlineData(null, "")]
    public void Cells_that_could_be_formulas_are_kept_as_text(string? value, string expected) =>
        Assert.Equal(expected, Wq.Blazor.Domain.SpreadsheetCells.Neutralise(value));
}
