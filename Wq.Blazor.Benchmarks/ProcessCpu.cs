using System.Globalization;
using System.Runtime.InteropServices;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// CPU time of the benchmark's child processes (the Playwright driver and every Chromium process
/// under it), read from /proc, so the browsers' share can be reported apart from the app's: on
/// 2 cores 20 Chromium renderers compete with the server, and one process-wide figure hides who
/// did the work. Linux clock ticks are 10 ms per process; summed over many processes and many
/// actions the median is still meaningful. This process's own CPU is read in nanoseconds.
/// </summary>
internal static class ProcessCpu
{
    static readonly double MsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux

    const int ClockProcessCpuTime = 2; // CLOCK_PROCESS_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    struct Timespec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    /// <summary>
    /// CPU time of this whole process (every thread, user + system) in ms, from the kernel's
    /// nanosecond scheduler clock: /proc's 10 ms ticks are too coarse for a 10 ms action.
    /// </summary>
    public static double SelfMs() =>
        ClockGetTime(ClockProcessCpuTime, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6
            : throw new InvalidOperationException("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed");

    /// <summary>
    /// CPU time of each live thread of this process in ms (nanosecond clock,
    /// /proc/self/task/*/schedstat), with its kind: thread pool, tiered JIT, socket engine, other.
    /// </summary>
    public static Dictionary<int, (string Kind, double Ms)> SelfThreadsMs()
    {
        var threads = new Dictionary<int, (string, double)>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string name, schedstat;
            try
            {
                name = File.ReadAllText(Path.Combine(task, "comm")).TrimEnd();
                schedstat = File.ReadAllText(Path.Combine(task, "schedstat"));
            }
            catch (IOException) { continue; } // exited meanwhile
            var ns = long.Parse(schedstat.AsSpan(0, schedstat.IndexOf(' ')), CultureInfo.InvariantCulture);
            var kind = name.StartsWith(".NET TP Worker", StringComparison.Ordinal) ? "thread pool"
                : name.StartsWith(".NET Tiered", StringComparison.Ordinal) ? "tiered JIT"
                : name.StartsWith(".NET Sockets", StringComparison.Ordinal) ? "socket engine"
                : "other";
            threads[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = (kind, ns / 1e6);
        }
        return threads;
    }

    /// <summary>
    /// CPU used between two <see cref="SelfThreadsMs"/> readings, summed by thread kind: a thread
    /// born in between counts whole; one that exited in between is missing (its last moments too).
    /// </summary>
    public static Dictionary<string, double> ByKindMs(Dictionary<int, (string Kind, double Ms)> before, Dictionary<int, (string Kind, double Ms)> after)
    {
        var byKind = new Dictionary<string, double>();
        foreach (var (tid, (kind, ms)) in after)
            byKind[kind] = byKind.GetValueOrDefault(kind) + ms - (before.TryGetValue(tid, out var b) ? b.Ms : 0);
        return byKind;
    }

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
}
