namespace Wq.Blazor.Benchmarks;

/// <summary>
/// Cold start of a fresh app process until GET /Account/Login answers 200, in two variants run
/// alternately: an empty data folder (create the SQLite file, migrate, seed the demo data) and an
/// already seeded one. "listening" is when the app logged "Now listening on" (Kestrel starts
/// only after migrate + seed); "login 200" adds the first request (routing, first SSR render).
/// One unmeasured start first warms the OS file cache and makes the seeded folder.
/// The app measured is the published one (README: `dotnet publish`, ReadyToRun by default),
/// started from its folder as in production; `--build` measures bin/Release instead (JIT only).
/// The app's own log line ("Database ready … wall/CPU per phase") of the last run is printed.
/// Options: --runs N (default 5 per variant), --build.
/// </summary>
internal sealed class StartupBenchmark : IBenchmark
{
    public string Name => "startup";
    public string Description => "process start → login page 200, empty vs seeded data folder";

    public void Run(BenchRunner runner, string[] args) =>
        RunAsync(Options.Int(args, "--runs", 5), published: !args.Contains("--build")).GetAwaiter().GetResult();

    static async Task RunAsync(int runs, bool published)
    {
        AppProcess.EnsureBuilt();
        if (published) AppProcess.EnsurePublished();
        Func<string, AppProcess> start = published ? dir => AppProcess.StartPublished(dir) : dir => AppProcess.Start(dir);
        var seeded = AppProcess.NewDataDirectory();
        try
        {
            var warmUp = await StartOnceAsync(start, seeded);
            Console.WriteLine($"warm-up start (seeds the shared folder, not counted): {Stats.F(warmUp.Login.TotalMilliseconds, "0")} ms");

            var results = new Dictionary<string, List<Sample>> { ["empty folder (migrate+seed)"] = [], ["seeded folder"] = [] };
            for (var i = 0; i < runs; i++)
            {
                // Alternate the variants so drifting background load hits both alike.
                var fresh = AppProcess.NewDataDirectory();
                try { results["empty folder (migrate+seed)"].Add(await StartOnceAsync(start, fresh)); }
                finally { AppProcess.DeleteDirectory(fresh); }
                results["seeded folder"].Add(await StartOnceAsync(start, seeded));
                Console.WriteLine($"run {i + 1}/{runs}: empty {Stats.F(results["empty folder (migrate+seed)"][^1].Login.TotalMilliseconds, "0")} ms " +
                    $"({results["empty folder (migrate+seed)"][^1].Phases}), seeded {Stats.F(results["seeded folder"][^1].Login.TotalMilliseconds, "0")} ms " +
                    $"({results["seeded folder"][^1].Phases})");
            }

            Console.WriteLine();
            foreach (var (variant, samples) in results)
            {
                Console.WriteLine(variant);
                Console.WriteLine(Stats.Line("  listening (log line)", samples.Where(s => s.Listening is not null).Select(s => s.Listening!.Value.TotalMilliseconds)));
                Console.WriteLine(Stats.Line("  login 200", samples.Select(s => s.Login.TotalMilliseconds)));
                Console.WriteLine(Stats.Line("  app CPU time at login 200 (user+sys)", samples.Select(s => s.Cpu.TotalMilliseconds)));
                Console.WriteLine(Stats.Line("  first request (login − listening)",
                    samples.Where(s => s.Listening is not null).Select(s => (s.Login - s.Listening!.Value).TotalMilliseconds)));
            }
            var empty = Stats.Median(results["empty folder (migrate+seed)"].Select(s => s.Login.TotalMilliseconds));
            var warm = Stats.Median(results["seeded folder"].Select(s => s.Login.TotalMilliseconds));
            Console.WriteLine($"ratio empty/seeded (median login 200): {Stats.F(empty / warm, "0.00")}×, " +
                $"migrate+seed costs ≈ {Stats.F(empty - warm, "0")} ms");
            var emptyCpu = Stats.Median(results["empty folder (migrate+seed)"].Select(s => s.Cpu.TotalMilliseconds));
            var warmCpu = Stats.Median(results["seeded folder"].Select(s => s.Cpu.TotalMilliseconds));
            Console.WriteLine($"ratio empty/seeded (median CPU time): {Stats.F(emptyCpu / warmCpu, "0.00")}×, " +
                $"migrate+seed costs ≈ {Stats.F(emptyCpu - warmCpu, "0")} ms of CPU");
        }
        finally { AppProcess.DeleteDirectory(seeded); }
    }

    static async Task<Sample> StartOnceAsync(Func<string, AppProcess> start, string dataDirectory)
    {
        await using var app = start(dataDirectory);
        var login = await app.WaitForLoginPageAsync(TimeSpan.FromSeconds(120));
        return new Sample(login, app.ListeningAt, app.CpuTime, app.LastLine("Database ready") ?? "no phase log");
    }

    readonly record struct Sample(TimeSpan Login, TimeSpan? Listening, TimeSpan Cpu, string Phases);
}
