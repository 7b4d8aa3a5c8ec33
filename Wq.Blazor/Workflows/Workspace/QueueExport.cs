using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>
/// The filtered queue as .xlsx (MiniExcel, ADR 0015). Rows stream from the database in chunks
/// straight into the workbook writer, so memory stays flat however long the list; 身份证号 and
/// 手机号 are masked and every text cell is neutralised against formula injection.
/// </summary>
public sealed class QueueExport(ReviewQueueQuery query, IDbContextFactory<WqDbContext> dbFactory)
{
    private const int Chunk = 500;

    public async Task WriteAsync(ActorContext reviewer, QueueFilter filter, Stream output, CancellationToken ct = default)
    {
        // MiniExcel pulls rows synchronously; a worker thread may block on the async reads.
        var rows = RowsAsync(reviewer, filter, ct).ToBlockingEnumerable(ct);
        await Task.Run(() => MiniExcel.SaveAs(output, rows, sheetName: "待审核事项", excelType: ExcelType.XLSX), ct);
    }

    private async IAsyncEnumerable<IDictionary<string, object>> RowsAsync(ActorContext reviewer, QueueFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var chunk = new List<QueueItem>(Chunk);
        await foreach (var item in query.StreamAsync(reviewer, filter, ct: ct))
        {
            chunk.Add(item);
            if (chunk.Count < Chunk) continue;
            foreach (var row in await ToRowsAsync(chunk, ct)) yield return row;
            chunk.Clear();
        }
        foreach (var row in await ToRowsAsync(chunk, ct)) yield return row;
    }

    private async Task<List<IDictionary<string, object>>> ToRowsAsync(List<QueueItem> items, CancellationToken ct)
    {
        if (items.Count == 0) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = items.Select(i => i.GraduateId).Distinct().ToList();
        var personal = await db.Graduates.AsNoTracking().Where(g => ids.Contains(g.Id))
            .Select(g => new { g.Id, g.IdNumber, g.Phone }).ToDictionaryAsync(g => g.Id, ct);
        return items.Select(i => (IDictionary<string, object>)new Dictionary<string, object>
        {
            ["类型"] = T(ReviewKinds.Label(i.Kind)),
            ["毕业生"] = T(i.GraduateName),
            ["学号"] = T(i.StudentNo),
            ["身份证号"] = T(Masking.MaskIdNumber(personal.GetValueOrDefault(i.GraduateId)?.IdNumber)),
            ["手机号"] = T(Masking.MaskPhone(personal.GetValueOrDefault(i.GraduateId)?.Phone)),
            ["院系"] = T(i.DepartmentName),
            ["专业"] = T(i.Major),
            ["学历"] = T(i.Level),
            ["单位"] = T(i.Counterparty),
            ["状态"] = T(i.StateLabel),
            ["提交时间"] = ChinaTime.Format(i.SubmittedAt),
            ["摘要"] = T(i.Summary),
        }).ToList();
    }

    private static string T(string? s) => SpreadsheetCells.Neutralise(s);
}
