using System.Diagnostics;

namespace Wq.Blazor.Hosting;

/// <summary>
/// Wall and CPU time of the start-up phases, from the moment the OS started the process, so the
/// start-up log line shows where a cold start went (issue 12). CPU time is the steadier figure
/// on a shared machine: wall time includes waiting for other processes.
/// </summary>
public sealed class StartupClock
{
    private readonly List<(string Phase, TimeSpan Wall, TimeSpan Cpu)> _marks = [];
    private (TimeSpan Wall, TimeSpan Cpu) _last; // zero: the first phase starts with the process

    /// <summary>Records the phase that ends now; the first phase starts at process start.</summary>
    public void Mark(string phase)
    {
        var now = Now();
        _marks.Add((phase, now.Wall - _last.Wall, now.Cpu - _last.Cpu));
        _last = now;
    }

    public TimeSpan Total => _last.Wall;

    /// <summary>"host 512/700 ms, migrate 300/280 ms, …" (wall/CPU).</summary>
    public override string ToString() =>
        string.Join(", ", _marks.Select(m => $"{m.Phase} {m.Wall.TotalMilliseconds:0}/{m.Cpu.TotalMilliseconds:0} ms"));

    private static (TimeSpan Wall, TimeSpan Cpu) Now()
    {
        using var self = Process.GetCurrentProcess();
        return (DateTime.Now - self.StartTime, self.TotalProcessorTime);
    }
}
