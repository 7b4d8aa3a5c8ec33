using System.Text.Json;

namespace Wq.Blazor.Infrastructure.Audit;

/// <summary>The chain's head as last seen after a commit: how many rows, the last id and its MAC.</summary>
public sealed record AuditHead(long Sequence, long LastId, string Hash);

/// <summary>
/// Keeps the chain head outside the database (<c>audit-anchor.json</c> in the data folder), so
/// cutting rows off the end of the chain, which leaves a valid shorter chain, is still caught:
/// the anchored row must exist with the anchored MAC. It only moves forward, and an older head
/// on disk is never a false alarm, so the file is written behind the commits (ADR 0020): a
/// commit only records its head in memory, and one background write per
/// <see cref="CoalesceWindow"/> stores the newest, off the committing request's path. Reading
/// the anchor, and disposing it at shut-down, first writes what is still pending.
/// </summary>
public sealed class AuditAnchor(string dataDirectory, ILogger<AuditAnchor>? log = null) : IDisposable
{
    /// <summary>How long a new head may wait to be written: at most one file write (an fsync) per window.</summary>
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromMilliseconds(200);

    private readonly Lock _pendingGate = new();
    private readonly Lock _fileGate = new();
    private AuditHead? _pending;
    private bool _writerRunning;

    public string Path { get; } = System.IO.Path.Combine(dataDirectory, "audit-anchor.json");

    /// <summary>The anchored head, including any head committed but not yet written.</summary>
    public AuditHead? Read()
    {
        Flush();
        return ReadFile();
    }

    /// <summary>Records a committed head; it reaches the file within <see cref="CoalesceWindow"/>.</summary>
    public void Advance(AuditHead head)
    {
        lock (_pendingGate)
        {
            if (_pending is { } waiting && waiting.Sequence >= head.Sequence) return;
            _pending = head;
            if (_writerRunning) return;
            _writerRunning = true;
        }
        _ = Task.Run(WriteBehindAsync);
    }

    /// <summary>Writes the pending head now, if any (verification, tests, shut-down).</summary>
    public void Flush()
    {
        lock (_fileGate)
        {
            AuditHead? head;
            lock (_pendingGate) (head, _pending) = (_pending, null);
            if (head is null) return;
            try
            {
                WriteIfNewer(head);
            }
            catch
            {
                // Keep it for the next attempt unless a newer head arrived meanwhile.
                lock (_pendingGate) if (_pending is null || _pending.Sequence < head.Sequence) _pending = head;
                throw;
            }
        }
    }

    public void Dispose() => Flush();

    private async Task WriteBehindAsync()
    {
        while (true)
        {
            await Task.Delay(CoalesceWindow);
            try
            {
                Flush();
            }
            catch (Exception ex)
            {
                log?.LogError(ex, "Writing the audit anchor failed; retrying");
            }
            lock (_pendingGate)
            {
                if (_pending is null)
                {
                    _writerRunning = false;
                    return;
                }
            }
        }
    }

    private AuditHead? ReadFile() =>
        File.Exists(Path) ? JsonSerializer.Deserialize<AuditHead>(File.ReadAllText(Path)) : null;

    private void WriteIfNewer(AuditHead head)
    {
        if (ReadFile() is { } current && current.Sequence >= head.Sequence) return;
        var temp = Path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, head);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, Path, overwrite: true);
    }
}
