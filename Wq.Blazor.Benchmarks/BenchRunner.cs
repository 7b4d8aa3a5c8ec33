using System.Diagnostics;
using System.Globalization;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// Warm-up, then timed iterations with a Stopwatch; prints median, p95, min and mean in ms.
/// Medians, not means, are the number to compare: a shared 2-core machine has outliers.
/// </summary>
internal sealed class BenchRunner(int warmup, int iterations)
{
    public int Iterations => iterations;

    /// <summary>
    /// Runs all of a benchmark's cases round-robin for a while before any is measured. Tiered JIT
    /// keeps recompiling shared code for seconds; without this the first case measured pays for
    /// it (seen here: the same render measured first and last differed by 40 %).
    /// </summary>
    public void WarmUp(TimeSpan duration, params Action[] cases)
    {
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start) < duration)
            foreach (var action in cases)
                action();
    }

    public void Measure(string label, Action action)
    {
        for (var i = 0; i < warmup; i++)
            action();

        // Start each case from a clean heap so one case's garbage is not billed to the next.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var samples = new double[iterations];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var allocatedPerOp = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)iterations;

        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-34} n={iterations,-4} median {Percentile(samples, 0.50),8:0.00} ms   p95 {Percentile(samples, 0.95),8:0.00} ms   " +
            $"min {samples[0],8:0.00} ms   mean {samples.Average(),8:0.00} ms   alloc {allocatedPerOp / 1024 / 1024,6:0.0} MB/op"));
    }

    static double Percentile(double[] sorted, double p) => Stats.Percentile(sorted, p);
}
