using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// Forces a full blocking GC in another .NET process and reads the managed heap left after it,
/// the way dotnet-gcdump does: an EventPipe session on the runtime provider with the
/// GCHeapCollect keyword makes the target collect; the GCHeapStats event at the end of that
/// collection carries the generation sizes. Needs the diagnostics IPC socket (on by default).
/// </summary>
internal static class GcProbe
{
    /// <summary>Managed heap after the induced GC in bytes, or null if no such GC was seen in time.</summary>
    public static async Task<long?> InduceFullGcAsync(int pid, TimeSpan timeout)
    {
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        var client = new DiagnosticsClient(pid);
        using var session = client.StartEventPipeSession(
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords), requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var result = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fullGcRunning = false;
        source.Clr.GCStart += e => { if (e.Depth == 2) fullGcRunning = true; };
        source.Clr.GCHeapStats += e =>
        {
            if (!fullGcRunning) return;
            result.TrySetResult(e.GenerationSize0 + e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4);
        };
        var processing = Task.Run(source.Process);
        await Task.WhenAny(result.Task, Task.Delay(timeout));
        try { await session.StopAsync(CancellationToken.None); } catch (ServerNotAvailableException) { }
        await Task.WhenAny(processing, Task.Delay(TimeSpan.FromSeconds(5)));
        return result.Task.IsCompletedSuccessfully ? result.Task.Result : null;
    }
}
