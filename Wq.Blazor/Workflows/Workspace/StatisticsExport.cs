using MiniExcelLibs;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>The statistics as .xlsx, one sheet per table, the same library and cell rules as the queue export.</summary>
public static class StatisticsExport
{
    public static Task WriteAsync(Statistics s, Stream output, CancellationToken ct = default)
    {
        var sheets = new Dictionary<string, object>
        {
            ["协议状态"] = s.AgreementStates.Select(c => Counts(c)).ToList(),
            ["毕业去向"] = s.DestinationGroups.Select(c => Counts(c)).ToList(),
            ["院系落实率"] = s.ByDepartment.Select(Rate).ToList(),
            ["专业落实率"] = s.ByMajor.Select(Rate).ToList(),
            ["学历落实率"] = s.ByLevel.Append(s.Overall).Select(Rate).ToList(),
        };
        return Task.Run(() => MiniExcel.SaveAs(output, sheets, excelType: ExcelType.XLSX), ct);
    }

    private static Dictionary<string, object> Counts(StatCount c) => new() { ["项目"] = SpreadsheetCells.Neutralise(c.Label), ["数量"] = c.Count };

    private static Dictionary<string, object> Rate(PlacementRow r) => new()
    {
        ["名称"] = SpreadsheetCells.Neutralise(r.Name), ["毕业生人数"] = r.Graduates, ["已落实人数"] = r.Placed, ["毕业去向落实率"] = r.RateText,
    };
}
