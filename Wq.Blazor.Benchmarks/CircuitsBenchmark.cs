using Microsoft.Playwright;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// Server memory per idle circuit, as a slope: open --from circuits, settle, read the app's VmRSS
/// and RssAnon from /proc, force a full GC from outside (EventPipe, <see cref="GcProbe"/>) and
/// read the managed heap and RSS again; grow to --to circuits and do the same; per circuit =
/// (value at to − value at from) / (to − from). A slope leaves out everything a first circuit
/// warms up once (JIT, pools, caches). Two apps, alternately, each a fresh process per run:
/// Wq (grad2 signed in on /graduate/invitations, own seeded data folder) and the stock
/// `dotnet new blazor` template on /counter (<see cref="TemplateApp"/>); the ratio of their
/// medians is the figure to compare across machines.
/// Both run in the same environment: Development by default, because in Production Wq sets
/// Secure cookies and its pages never become interactive over the benchmark's plain HTTP.
/// Options: --runs N (3), --settle S (5), --from N (25), --to N (75), --environment E (Development).
/// </summary>
internal sealed class CircuitsBenchmark : IBenchmark
{
    public string Name => "circuits";
    public string Description => "app memory per idle circuit (RSS slope), Wq graduate page vs the stock Blazor template";

    public void Run(BenchRunner runner, string[] args) =>
        RunAsync(Options.Int(args, "--runs", 3), TimeSpan.FromSeconds(Options.Int(args, "--settle", 5)),
            Options.Int(args, "--from", 25), Options.Int(args, "--to", 75), Options.String(args, "--environment", "Development")).GetAwaiter().GetResult();

    static async Task RunAsync(int runs, TimeSpan settle, int from, int to, string environment)
    {
        AppProcess.EnsureBuilt();
        var templateDll = TemplateApp.EnsureBuilt();
        var runtimeConfig = File.ReadAllText(Path.ChangeExtension(AppProcess.AppDll, ".runtimeconfig.json"));
        Console.WriteLine($"Wq GC: {(runtimeConfig.Contains("\"System.GC.Server\": true") ? "server" : "workstation")} (runtimeconfig); " +
            $"{environment}; settle {settle.TotalSeconds:0} s before each reading; slope between {from} and {to} circuits");

        CircuitTarget[] targets =
        [
            new("Wq grad2 /graduate/invitations", () => AppProcess.Start(AppProcess.NewDataDirectory(), environment), "/Account/Login",
                (pool, url, n) => pool.OpenManyAsync(url, "grad2", "/graduate/invitations", n), BrowserPool.CountConnectedAsync),
            new("template /counter", () => AppProcess.StartDll(templateDll, Path.GetDirectoryName(templateDll)!,
                    new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = environment }), "/",
                (pool, url, n) => pool.OpenManyAnonymousAsync(url + "/counter", n, BrowserPool.WaitForCounterAsync), BrowserPool.CountReconnectClosedAsync),
        ];
        var results = targets.ToDictionary(t => t.Name, _ => new Dictionary<string, List<double>>
            { ["VmRSS"] = [], ["RssAnon"] = [], ["GC heap after full GC"] = [], ["VmRSS after full GC"] = [] });
        for (var run = 1; run <= runs; run++)
            foreach (var target in targets)
            {
                Console.WriteLine($"run {run}/{runs}: {target.Name}");
                Console.WriteLine($"  {"circuits",8} {"connected",9} {"VmRSS MB",9} {"RssAnon MB",10} {"threads",7} {"GC heap MB",10} {"RSS after GC MB",15}");
                var rows = await OneRunAsync(target, settle, [from, to]);
                foreach (var r in rows)
                    Console.WriteLine($"  {r.Circuits,8} {r.Connected,9} {Mb(r.Before.RssKb),9} {Mb(r.Before.RssAnonKb),10} {r.Before.Threads,7} " +
                        $"{(r.GcHeapBytes is { } h ? Stats.F(h / 1048576.0) : "n/a"),10} {Mb(r.After.RssKb),15}");
                var perCircuit = results[target.Name];
                var (a, b) = (rows[0], rows[^1]);
                var n = (double)(b.Circuits - a.Circuits);
                perCircuit["VmRSS"].Add((b.Before.RssKb - a.Before.RssKb) / n);
                perCircuit["RssAnon"].Add((b.Before.RssAnonKb - a.Before.RssAnonKb) / n);
                perCircuit["VmRSS after full GC"].Add((b.After.RssKb - a.After.RssKb) / n);
                if (a.GcHeapBytes is { } ha && b.GcHeapBytes is { } hb) perCircuit["GC heap after full GC"].Add((hb - ha) / 1024.0 / n);
                Console.WriteLine("  per circuit: " + string.Join(", ", perCircuit.Where(kv => kv.Value.Count == run).Select(kv => $"{kv.Key} {Stats.F(kv.Value[^1], "0")} KB")));
            }

        Console.WriteLine();
        Console.WriteLine($"per idle circuit, median over {runs} run(s) (KB), slope {from}→{to}:");
        var (wq, template) = (results[targets[0].Name], results[targets[1].Name]);
        foreach (var what in wq.Keys)
        {
            double M(List<double> v) => v.Count == 0 ? double.NaN : Stats.Median(v);
            Console.WriteLine($"  {what,-24} Wq {Stats.F(M(wq[what]), "0"),6}   template {Stats.F(M(template[what]), "0"),6}   ratio {Stats.F(M(wq[what]) / M(template[what]), "0.00")}×" +
                $"   (runs Wq: {string.Join(" ", wq[what].Select(v => Stats.F(v, "0")))}; template: {string.Join(" ", template[what].Select(v => Stats.F(v, "0")))})");
        }
    }

    static async Task<List<Row>> OneRunAsync(CircuitTarget target, TimeSpan settle, int[] steps)
    {
        await using var app = target.Start();
        try
        {
            await app.WaitForPageAsync(target.ReadyPath, TimeSpan.FromSeconds(120));
            await using var browsers = await BrowserPool.LaunchAsync();
            var pages = new List<IPage>();
            var rows = new List<Row>();
            foreach (var size in steps)
            {
                pages.AddRange(await target.Open(browsers, app.BaseUrl, size - pages.Count));
                await Task.Delay(settle);
                var connected = await target.CountConnected(pages);
                var before = app.ReadMemory();
                var heap = await GcProbe.InduceFullGcAsync(app.Pid, TimeSpan.FromSeconds(15));
                await Task.Delay(TimeSpan.FromSeconds(1)); // let the GC decommit before reading RSS again
                rows.Add(new Row(pages.Count, connected, before, heap, app.ReadMemory()));
            }
            return rows;
        }
        finally { if (app.DataDirectory is { } dir) AppProcess.DeleteDirectory(dir); }
    }

    static string Mb(long kb) => Stats.F(kb / 1024.0);

    readonly record struct Row(int Circuits, int Connected, ProcMemory Before, long? GcHeapBytes, ProcMemory After);

    sealed record CircuitTarget(string Name, Func<AppProcess> Start, string ReadyPath,
        Func<BrowserPool, string, int, Task<IReadOnlyList<IPage>>> Open, Func<IEnumerable<IPage>, Task<int>> CountConnected);
}
