using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Domain.CodeTables;
using Wq.Blazor.Domain.Model;
using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Workspace;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// The reviewer workspace's queue page (ReviewQueueQuery.PageAsync: count + one sorted page) over
/// 100,000 items waiting at the demo school's gates, filtered and sorted as reviewers do. Prints the
/// server time per page, p50 and p95 (goal: p95 ≤ 30 ms), then the whole page load (facets, tab counts,
/// "all matching" count and the first page). Rows are cloned by SQL (--items N).
/// </summary>
internal sealed class QueueBenchmark : IBenchmark
{
    public string Name => "queue";
    public string Description => "workspace queue page over 100,000 items, filtered and sorted: p50/p95 (--items N)";

    public void Run(BenchRunner runner, string[] args) => RunAsync(runner, args, Options.Int(args, "--items", 100_000)).GetAwaiter().GetResult();

    private static async Task RunAsync(BenchRunner runner, string[] args, int items)
    {
        await using var server = InProcessServer.Start(("Demo:BulkGraduates", "1"));
        var sp = server.Services;
        var started = DateTime.UtcNow;
        await BenchData.QueueItemsAsync(sp, items);
        Console.WriteLine($"cloned {items} graduates and agreements in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        var query = sp.GetRequiredService<ReviewQueueQuery>();
        var school1 = await BenchData.ActorAsync(sp, "school1");
        var dept1 = await BenchData.ActorAsync(sp, "dept1");
        int cs;
        await using (var db = await BenchData.Db(sp)) cs = await db.Departments.Where(d => d.Name == "计算机学院").Select(d => d.Id).FirstAsync();

        var cases = new (string Label, ActorContext Actor, QueuePageRequest Request)[]
        {
            ("school, all, by submitted time", school1, new(new QueueFilter(), 0, 50)),
            ("school, page 20, newest first", school1, new(new QueueFilter(), 20, 50, QueueSort.SubmittedAt, true)),
            ("school, dept+level+major, by name", school1, new(new QueueFilter { DepartmentId = cs, Level = EducationLevel.Bachelor, Major = "软件工程" }, 0, 50, QueueSort.GraduateName)),
            ("school, actionable, by employer", school1, new(new QueueFilter { ActionableOnly = true }, 0, 100, QueueSort.Counterparty)),
            ("dept, own gate, by student no", dept1, new(new QueueFilter { ActionableOnly = true }, 3, 50, QueueSort.StudentNo)),
            ("dept, keyword 队列1234", dept1, new(new QueueFilter { Keyword = "队列1234" }, 0, 50)),
        };
        foreach (var (label, actor, request) in cases)
        {
            var page = await query.PageAsync(actor, request);
            Console.WriteLine($"  {label}: {page.Total} matching, {page.Items.Count} on the page");
        }
        if (Options.Value(args, "--plan") is { } folder) await PlanAsync(sp, query, cases[0].Actor, cases[0].Request, folder);
        runner.WarmUp(TimeSpan.FromSeconds(3), cases.Select(c => (Action)(() => query.PageAsync(c.Actor, c.Request).GetAwaiter().GetResult())).ToArray());
        foreach (var (label, actor, request) in cases)
            runner.Measure(label, () => query.PageAsync(actor, request).GetAwaiter().GetResult());
        var facets = sp.GetRequiredService<WorkspaceFacetsQuery>();
        foreach (var (label, actor) in new[] { ("page load (school)", school1), ("page load (dept)", dept1) })
            runner.Measure(label, () => PageLoadAsync(query, facets, actor).GetAwaiter().GetResult());
    }

    /// <summary>
    /// What WorkspacePage asks for when a reviewer opens it: the filter bar's facets, the kind tabs'
    /// counts, the "all matching" count and the first page (20 rows, by submitted time).
    /// </summary>
    private static async Task PageLoadAsync(ReviewQueueQuery query, WorkspaceFacetsQuery facets, ActorContext actor)
    {
        var filter = new QueueFilter();
        await facets.ForAsync(actor);
        await query.CountsByKindAsync(actor, filter);
        await query.CountAsync(actor, filter with { ActionableOnly = true });
        await query.PageAsync(actor, new QueuePageRequest(filter, 0, 20));
    }

    /// <summary>
    /// --plan FOLDER: writes the first case's page SQL (with .param lines for the sqlite3 shell) and a copy
    /// of the database there, so `EXPLAIN QUERY PLAN` shows what an index could change.
    /// </summary>
    private static async Task PlanAsync(IServiceProvider sp, ReviewQueueQuery query, ActorContext actor, QueuePageRequest request, string folder)
    {
        const BindingFlags flags = BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        await using var db = await BenchData.Db(sp);
        var gatesTask = (Task)typeof(ReviewQueueQuery).GetMethod("GatesAsync", flags)!.Invoke(query, [db, actor, CancellationToken.None])!;
        await gatesTask;
        var gates = gatesTask.GetType().GetProperty("Result")!.GetValue(gatesTask);
        var filtered = (IQueryable<QueueRow>)typeof(ReviewQueueQuery).GetMethod("Filtered", flags)!.Invoke(null, [db, actor, request.Filter, gates])!;
        var sorted = (IQueryable<QueueRow>)typeof(ReviewQueueQuery).GetMethod("Sorted", flags)!.Invoke(null, [filtered, request.Sort, request.Descending])!;
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "page.sql"), sorted.Take(request.PageSize).ToQueryString() + ";\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "count.sql"), filtered.ToQueryString() + ";\n");
        var copy = Path.Combine(folder, "queue.db");
        File.Delete(copy);
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {copy}");
        Console.WriteLine($"page SQL and a copy of the database written to {folder}");
    }
}
