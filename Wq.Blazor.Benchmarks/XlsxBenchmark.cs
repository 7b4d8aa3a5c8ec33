using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Workflows.Workspace;
using Wq.Blazor.Workflows.Workspace.Roster;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// The workspace's xlsx paths at volume: an export of 10,000 queue rows (QueueExport) and an import
/// of 10,000 roster rows (RosterImportService preview, then commit). Prints time, bytes allocated
/// (GC.GetTotalAllocatedBytes) and the growth of the process's peak working set for each.
/// </summary>
internal sealed class XlsxBenchmark : IBenchmark
{
    public string Name => "xlsx";
    public string Description => "xlsx export of 10,000 queue rows and import of 10,000 roster rows: time and peak memory (--rows N)";

    public void Run(BenchRunner runner, string[] args) => RunAsync(Options.Int(args, "--rows", 10_000)).GetAwaiter().GetResult();

    private static async Task RunAsync(int rows)
    {
        await using var server = InProcessServer.Start(("Demo:BulkGraduates", "1"));
        var sp = server.Services;
        await BenchData.QueueItemsAsync(sp, rows);
        var school1 = await BenchData.ActorAsync(sp, "school1");

        var exportPath = Path.Combine(server.DataDirectory, "export.xlsx");
        await MeasureAsync($"export {rows} queue rows", async () =>
        {
            await using var file = File.Create(exportPath);
            await sp.GetRequiredService<QueueExport>().WriteAsync(school1, new QueueFilter(), file);
        });
        Console.WriteLine($"  export file {new FileInfo(exportPath).Length / 1024.0:0} KB");

        var rosterPath = Path.Combine(server.DataDirectory, "roster.xlsx");
        await using (var db = await BenchData.Db(sp))
            await WriteRosterAsync(rosterPath, rows, await db.Graduates.Where(g => g.Department!.Name == "计算机学院" && g.Major != "").Select(g => g.Major).FirstAsync());
        var import = sp.GetRequiredService<RosterImportService>();
        await MeasureAsync($"import {rows} roster rows: preview", async () =>
        {
            await using var file = File.OpenRead(rosterPath);
            var preview = await import.PreviewAsync(school1, "roster.xlsx", file);
            if (!preview.Ok || !preview.Value!.CanCommit) throw new InvalidOperationException(preview.Error ?? preview.Value!.FileError ?? Describe(preview.Value!));
        });
        await MeasureAsync($"import {rows} roster rows: commit", async () =>
        {
            await using var file = File.OpenRead(rosterPath);
            var committed = await import.CommitAsync(school1, "roster.xlsx", file);
            if (!committed.Ok) throw new InvalidOperationException(committed.Error);
        });
        await using (var db = await BenchData.Db(sp))
            Console.WriteLine($"  graduates with R-numbers after commit: {await db.Graduates.CountAsync(g => g.StudentNo.StartsWith("R"))}");
    }

    private static string Describe(RosterPreview p) =>
        string.Join("; ", p.Lines.Where(l => l.Status == RosterLineStatus.Invalid).Take(3).Select(l => $"{l.Line}: {string.Join(",", l.Errors)}"));

    private static async Task MeasureAsync(string label, Func<Task> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var peakBefore = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var start = Stopwatch.StartNew();
        await action();
        var elapsed = start.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        Console.WriteLine($"{label,-34} {elapsed.TotalMilliseconds,8:0} ms   allocated {allocated / 1048576.0,7:0.0} MB   " +
                          $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB (+{(process.PeakWorkingSet64 - peakBefore) / 1048576.0:0.0} MB)");
    }

    /// <summary>A valid roster: 计算机学院 本科 graduates with well-formed 身份证号 and phones.</summary>
    private static Task WriteRosterAsync(string path, int rows, string major)
    {
        var lines = Enumerable.Range(1, rows).Select(i =>
        {
            var first17 = $"110105{new DateOnly(1980, 1, 1).AddDays(i % 3650):yyyyMMdd}{i / 3650:000}"; // born in the 1980s: no demo graduate shares one
            return new Dictionary<string, object>
            {
                ["学号"] = $"R{i:0000000}", ["姓名"] = $"导入{i}", ["性别"] = i % 2 == 0 ? "女" : "男",
                ["身份证号"] = first17 + ResidentIdNumber.ComputeCheckChar(first17), ["院系"] = "计算机学院", ["专业"] = major,
                ["学历层次"] = "本科", ["毕业年份"] = DateTime.UtcNow.Year, ["手机号"] = $"137{i:00000000}", ["邮箱"] = "", ["生源地"] = "北京市",
            };
        });
        return MiniExcel.SaveAsAsync(path, lines);
    }
}
