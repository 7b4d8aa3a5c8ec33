using System.Globalization;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// CPU time of the benchmark's child processes (the Playwright driver and every Chromium process
/// under it), read from /proc, so the browsers' share can be reported apart from the app's: on
/// 2 cores 20 Chromium renderers compete with the server, and one process-wide figure hides who
/// did the work. Linux clock ticks are 10 ms per process; summed over many processes and many
/// actions the median is still meaningful.
/// </summary>
internal static class ProcessCpu
{
    static readonly double MsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux

    /// <summary>User + system CPU of all live descendants of this process, in ms.</summary>
    public static double DescendantsMs()
    {
        var parent = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; } // exited meanwhile
            catch (UnauthorizedAccessException) { continue; }
            // Fields after the command name, which may itself contain spaces and parentheses.
            var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            parent[pid] = int.Parse(f[1], CultureInfo.InvariantCulture);
            ticks[pid] = long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
        }
        var self = Environment.ProcessId;
        long total = 0;
        foreach (var (pid, t) in ticks)
            for (var p = parent.GetValueOrDefault(pid); p > 1; p = parent.GetValueOrDefault(p))
                if (p == self) { total += t; break; }
        return total * MsPerTick;
    }

    /// <summary>User + system CPU of this process's threads whose name starts with <paramref name="prefix"/>, in ms.</summary>
    public static double SelfThreadsMs(string prefix)
    {
        long total = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string stat;
            try { stat = File.ReadAllText(Path.Combine(task, "stat")); }
            catch (IOException) { continue; }
            var open = stat.IndexOf('(');
            var close = stat.LastIndexOf(')');
            if (!stat.AsSpan(open + 1, close - open - 1).StartsWith(prefix, StringComparison.Ordinal)) continue;
            var f = stat[(close + 2)..].Split(' ');
            total += long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
        }
        return total * MsPerTick;
    }
}
