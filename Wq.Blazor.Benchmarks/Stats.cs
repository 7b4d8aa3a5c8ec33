using System.Globalization;

namespace Wq.Blazor.Benchmarks;

/// <summary>Order statistics for printed results. Medians and p95, never means alone: the machine is shared.</summary>
internal static class Stats
{
    /// <summary>Nearest-rank percentile over sorted samples.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static double Median(IEnumerable<double> samples) => Percentile(Sorted(samples), 0.50);

    public static double[] Sorted(IEnumerable<double> samples)
    {
        var array = samples.ToArray();
        Array.Sort(array);
        return array;
    }

    /// <summary>One line: n, median, p95, min, max, in the given unit.</summary>
    public static string Line(string label, IEnumerable<double> samples, string unit = "ms")
    {
        var s = Sorted(samples);
        if (s.Length == 0) return $"{label,-42} n=0";
        return string.Create(CultureInfo.InvariantCulture,
            $"{label,-42} n={s.Length,-5} median {Percentile(s, 0.50),8:0.0} {unit}   p95 {Percentile(s, 0.95),8:0.0} {unit}   " +
            $"min {s[0],8:0.0} {unit}   max {s[^1],8:0.0} {unit}");
    }

    public static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>Benchmark-specific command-line options ("--runs 5").</summary>
internal static class Options
{
    public static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }

    public static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static string String(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
