using System.Diagnostics;
using Microsoft.Playwright;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// The batch as a reviewer runs it: dept1 opens the workspace, clicks 全部 N 项符合条件的通过 and
/// confirms, while the same department's queue is also open in other browsers (colleagues, or the
/// same reviewer's other tab). Every decision publishes to that queue's topic, so each open
/// workspace receives N events during the batch. Prints the wall time from the confirmation to the
/// result, and the app's CPU per item (this process hosts the app; the browsers are children).
/// </summary>
internal sealed class BatchUiBenchmark : IBenchmark
{
    public string Name => "batch-ui";
    public string Description => "batch 通过 of N items from the workspace in a browser, with other workspaces open (--items N, --watchers W)";

    public void Run(BenchRunner runner, string[] args) =>
        RunAsync(Options.Int(args, "--items", 500), Options.Int(args, "--watchers", 3)).GetAwaiter().GetResult();

    private static async Task RunAsync(int items, int watchers)
    {
        var seed = Stopwatch.StartNew();
        await using var server = InProcessServer.Start(("Demo:BulkGraduates", items.ToString()));
        Console.WriteLine($"seeded {items} accepted invitations in {seed.Elapsed.TotalSeconds:0.0} s; {watchers} more dept1 workspaces open");
        await using var browsers = await BrowserPool.LaunchAsync();
        var others = await browsers.OpenManyAsync(server.BaseUrl, "dept1", "/review", watchers);
        var reviewer = await browsers.SignInAsync(server.BaseUrl, "dept1");
        await BrowserPool.OpenInteractiveAsync(reviewer, server.BaseUrl + "/review");
        var all = reviewer.Locator("#batch-all");
        await all.WaitForAsync();
        var label = (await all.InnerTextAsync()).Trim();
        Console.WriteLine($"button: {label}");
        await all.ClickAsync();
        var confirm = reviewer.GetByRole(AriaRole.Button, new() { Name = "确定通过" });
        await confirm.WaitForAsync();

        await Task.Delay(1000); // let the dialog's own work settle before the clock starts
        var cpu = ProcessCpu.SelfMs();
        var start = Stopwatch.StartNew();
        await confirm.ClickAsync();
        await reviewer.Locator("#batch-result").WaitForAsync(new() { Timeout = 600_000 });
        var wall = start.Elapsed;
        var ok = int.Parse(await reviewer.Locator("#batch-ok").InnerTextAsync());
        // The other workspaces settle with nothing left to approve: their last reload is part of the batch's cost.
        foreach (var page in others)
            await page.Locator("#batch-all", new() { HasText = "全部 0 项" }).WaitForAsync(new() { Timeout = 600_000 });
        var settled = start.Elapsed;
        var appMs = ProcessCpu.SelfMs() - cpu;

        Console.WriteLine($"batch 通过 in the browser    {ok} items in {wall.TotalSeconds:0.00} s = {ok / wall.TotalSeconds:0} items/s; " +
                          $"all {watchers} other workspaces show 0 left {settled.TotalSeconds:0.00} s after the click");
        Console.WriteLine($"app CPU                      {appMs / Math.Max(1, ok):0.00} ms per item ({appMs / 1000:0.0} s in all, until every workspace settled)");
    }
}
