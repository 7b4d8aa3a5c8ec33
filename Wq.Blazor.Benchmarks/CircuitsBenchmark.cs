using Microsoft.Playwright;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// Server memory per idle signed-in circuit. A fresh app process (its own seeded data folder)
/// per run; grad2 (basic info confirmed) signs in through the login form in separate browser
/// contexts, each holding /graduate/invitations open, i.e. one circuit each. At 1, 10, 25 and 50
/// circuits, after a settle, it reads the app's VmRSS / RssAnon from /proc, then forces a full GC
/// from outside (EventPipe, <see cref="GcProbe"/>) and reads the managed heap and RSS again.
/// Per circuit = (value at 50 − value at 1) / 49. Options: --runs N (3), --settle S (5 seconds).
/// </summary>
internal sealed class CircuitsBenchmark : IBenchmark
{
    static readonly int[] Steps = [1, 10, 25, 50];

    public string Name => "circuits";
    public string Description => "app process memory with 1/10/25/50 idle signed-in graduate circuits";

    public void Run(BenchRunner runner, string[] args) =>
        RunAsync(Options.Int(args, "--runs", 3), TimeSpan.FromSeconds(Options.Int(args, "--settle", 5))).GetAwaiter().GetResult();

    static async Task RunAsync(int runs, TimeSpan settle)
    {
        AppProcess.EnsureBuilt();
        var runtimeConfig = File.ReadAllText(Path.ChangeExtension(AppProcess.AppDll, ".runtimeconfig.json"));
        Console.WriteLine($"app GC: {(runtimeConfig.Contains("\"System.GC.Server\": true") ? "server" : "workstation")} " +
            $"(runtimeconfig); settle {settle.TotalSeconds:0} s before each reading; grad2 on /graduate/invitations in every context");
        var perCircuit = new Dictionary<string, List<double>> { ["VmRSS"] = [], ["RssAnon"] = [], ["GC heap after full GC"] = [], ["VmRSS after full GC"] = [] };
        for (var run = 1; run <= runs; run++)
        {
            Console.WriteLine($"run {run}/{runs}");
            Console.WriteLine($"  {"circuits",8} {"connected",9} {"VmRSS MB",9} {"RssAnon MB",10} {"threads",7} {"GC heap MB",10} {"RSS after GC MB",15}");
            var rows = await OneRunAsync(settle);
            foreach (var r in rows)
                Console.WriteLine($"  {r.Circuits,8} {r.Connected,9} {Mb(r.Before.RssKb),9} {Mb(r.Before.RssAnonKb),10} {r.Before.Threads,7} " +
                    $"{(r.GcHeapBytes is { } h ? Stats.F(h / 1048576.0) : "n/a"),10} {Mb(r.After.RssKb),15}");
            var (first, last) = (rows[0], rows[^1]);
            var n = last.Circuits - first.Circuits;
            perCircuit["VmRSS"].Add((last.Before.RssKb - first.Before.RssKb) / (double)n);
            perCircuit["RssAnon"].Add((last.Before.RssAnonKb - first.Before.RssAnonKb) / (double)n);
            perCircuit["VmRSS after full GC"].Add((last.After.RssKb - first.After.RssKb) / (double)n);
            if (first.GcHeapBytes is { } h1 && last.GcHeapBytes is { } h50)
                perCircuit["GC heap after full GC"].Add((h50 - h1) / 1024.0 / n);
            Console.WriteLine($"  per circuit ({last.Circuits}−{first.Circuits})/{n}: " +
                string.Join(", ", perCircuit.Where(kv => kv.Value.Count == run).Select(kv => $"{kv.Key} {Stats.F(kv.Value[^1], "0")} KB")));
        }

        Console.WriteLine();
        Console.WriteLine($"per idle circuit, over {runs} run(s) (KB):");
        foreach (var (what, values) in perCircuit)
            Console.WriteLine($"  {what,-24} median {Stats.F(values.Count == 0 ? double.NaN : Stats.Median(values), "0"),7} KB   " +
                $"runs: {string.Join(" ", values.Select(v => Stats.F(v, "0")))}");
    }

    static async Task<List<Row>> OneRunAsync(TimeSpan settle)
    {
        var dataDirectory = AppProcess.NewDataDirectory();
        try
        {
            await using var app = AppProcess.Start(dataDirectory);
            await app.WaitForLoginPageAsync(TimeSpan.FromSeconds(120));
            await using var browsers = await BrowserPool.LaunchAsync();
            var pages = new List<IPage>();
            var rows = new List<Row>();
            foreach (var target in Steps)
            {
                pages.AddRange(await browsers.OpenManyAsync(app.BaseUrl, "grad2", "/graduate/invitations", target - pages.Count));
                await Task.Delay(settle);
                var connected = await BrowserPool.CountConnectedAsync(pages);
                var before = app.ReadMemory();
                var heap = await GcProbe.InduceFullGcAsync(app.Pid, TimeSpan.FromSeconds(15));
                await Task.Delay(TimeSpan.FromSeconds(1)); // let the GC decommit before reading RSS again
                rows.Add(new Row(pages.Count, connected, before, heap, app.ReadMemory()));
            }
            return rows;
        }
        finally { AppProcess.DeleteDirectory(dataDirectory); }
    }

    static string Mb(long kb) => Stats.F(kb / 1024.0);

    readonly record struct Row(int Circuits, int Connected, ProcMemory Before, long? GcHeapBytes, ProcMemory After);
}
