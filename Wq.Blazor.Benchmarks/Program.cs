using Wq.Blazor.Benchmarks;

// Usage: dotnet run -c Release --project Wq.Blazor.Benchmarks -- <benchmark> [options]
//        options: --iterations N (default 50), --warmup N (default 5, per case), then benchmark-specific ones
//        (startup: --runs; circuits: --runs --settle; live: --watchers --actions --warmup-actions --window;
//        batch: --items --defer-pdf --defer-mail --sqlite-profile; batch-ui: --items --watchers; queue: --items; xlsx: --rows).
IBenchmark[] benchmarks = [new PdfBenchmark(), new UploadBenchmark(), new StartupBenchmark(), new CircuitsBenchmark(), new LiveBenchmark(),
    new BatchBenchmark(), new BatchUiBenchmark(), new QueueBenchmark(), new XlsxBenchmark()];

if (args.Length == 0 || benchmarks.All(b => b.Name != args[0]))
{
    Console.WriteLine("Usage: dotnet run -c Release --project Wq.Blazor.Benchmarks -- <benchmark> [--iterations N] [--warmup N]");
    foreach (var b in benchmarks)
        Console.WriteLine($"  {b.Name,-10} {b.Description}");
    return args.Length == 0 ? 0 : 1;
}

var rest = args[1..];
var runner = new BenchRunner(Options.Int(rest, "--warmup", 5), Options.Int(rest, "--iterations", 50));
#if DEBUG
Console.WriteLine("warning: Debug build; use -c Release for numbers worth quoting");
#endif
Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
benchmarks.Single(b => b.Name == args[0]).Run(runner, rest);
// Other engineers share the machine: the load says how much to trust wall-clock numbers.
Console.WriteLine($"load average at end: {LoadAverage()}");
return 0;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

