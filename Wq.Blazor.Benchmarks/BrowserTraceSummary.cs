using System.Text.Json;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// Where the watching browsers' CPU goes: a Chromium trace taken over the measured actions, its
/// complete events ("X") summed per thread kind and, on the renderers' main threads, per event name.
/// Thread time (tdur) is used where the trace has it: wall time (dur) would bill the waits of 20
/// renderers sharing two cores to whichever task was running.
/// Nested events overlap (a Layout inside a RunTask), so the per-name rows do not add up; the
/// per-thread rows use top-level tasks only: RunTask or ThreadControllerImpl::RunTask, whichever
/// sums higher on that thread (they nest inside each other, so adding both would count twice).
/// </summary>
internal static class BrowserTraceSummary
{
    public static void Print(byte[] trace, int actions, int watchers)
    {
        using var doc = JsonDocument.Parse(trace);
        var events = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement : doc.RootElement.GetProperty("traceEvents");
        var threadNames = new Dictionary<(long, long), string>();
        foreach (var e in events.EnumerateArray())
            if (e.GetProperty("ph").GetString() == "M" && e.GetProperty("name").GetString() == "thread_name")
                threadNames[(Pid(e), Tid(e))] = e.GetProperty("args").GetProperty("name").GetString() ?? "?";

        var perThread = new Dictionary<(string Thread, string Task), double>();
        var perName = new Dictionary<string, double>();
        foreach (var e in events.EnumerateArray())
        {
            if (e.GetProperty("ph").GetString() != "X") continue;
            if (!e.TryGetProperty("tdur", out var dur) && !e.TryGetProperty("dur", out dur)) continue;
            var thread = threadNames.GetValueOrDefault((Pid(e), Tid(e)), "?");
            var name = e.GetProperty("name").GetString() ?? "?";
            var ms = dur.GetDouble() / 1000;
            if (name is "RunTask" or "ThreadControllerImpl::RunTask") perThread[(thread, name)] = perThread.GetValueOrDefault((thread, name)) + ms;
            if (thread == "CrRendererMain") perName[name] = perName.GetValueOrDefault(name) + ms;
        }

        var pairs = (double)actions * watchers;
        Console.WriteLine();
        Console.WriteLine($"browser trace over {actions} actions × {watchers} watchers: top-level task CPU per action × watcher, by thread");
        var threads = perThread.GroupBy(x => x.Key.Thread, x => x.Value).Select(g => (Thread: g.Key, Ms: g.Max()));
        foreach (var (thread, ms) in threads.OrderByDescending(x => x.Ms).Take(8))
            Console.WriteLine($"  {thread,-28} {ms / pairs,8:0.00} ms");
        Console.WriteLine("  renderer main thread, by event (nested events overlap):");
        foreach (var (name, ms) in perName.OrderByDescending(x => x.Value).Take(14))
            Console.WriteLine($"    {name,-40} {ms / pairs,8:0.00} ms");
    }

    static long Pid(JsonElement e) => e.GetProperty("pid").GetInt64();
    static long Tid(JsonElement e) => e.TryGetProperty("tid", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : 0;
}
