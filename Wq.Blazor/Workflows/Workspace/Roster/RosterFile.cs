using MiniExcelLibs;

namespace Wq.Blazor.Workflows.Workspace.Roster;

/// <summary>One data line of a roster file, as text, with its line number in the file (header = line 1).</summary>
public sealed record RosterLine(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var v) ? v : "";
}

/// <summary>Reads a roster (.xlsx or .csv, first row = headers) into text lines; no validation here.</summary>
public static class RosterFile
{
    public const int MaxRows = 20_000;
    public static readonly string[] Required = ["学号", "姓名", "性别", "身份证号", "院系", "专业", "学历层次", "毕业年份", "手机号"];
    public static readonly string[] Optional = ["邮箱", "生源地"];

    /// <summary>The lines, or a Chinese message saying why the file cannot be read at all.</summary>
    public static (IReadOnlyList<RosterLine> Lines, string? Error) Read(string fileName, Stream content)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var type = ext switch { ".xlsx" => ExcelType.XLSX, ".csv" => ExcelType.CSV, _ => (ExcelType?)null };
        if (type is null) return ([], "只支持 .xlsx 或 .csv 文件");
        try
        {
            var lines = new List<RosterLine>();
            var line = 1;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(content, useHeaderRow: true, excelType: type.Value))
            {
                line++;
                var cells = row.ToDictionary(c => c.Key.Trim(), c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "");
                if (line == 2 && Required.FirstOrDefault(h => !cells.ContainsKey(h)) is { } missing)
                    return ([], $"缺少“{missing}”列;表头应为:{string.Join("、", Required.Concat(Optional))}");
                if (cells.Values.All(string.IsNullOrEmpty)) continue; // blank lines at the end of a sheet
                if (lines.Count == MaxRows) return ([], $"一次最多导入 {MaxRows} 行");
                lines.Add(new RosterLine(line, cells));
            }
            return lines.Count == 0 ? ([], "文件中没有数据行") : (lines, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            return ([], "文件无法读取,请确认是有效的 .xlsx 或 UTF-8 编码的 .csv 文件");
        }
    }
}
