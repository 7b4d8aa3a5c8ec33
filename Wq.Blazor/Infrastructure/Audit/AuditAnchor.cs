using System.Text.Json;

namespace Wq.Blazor.Infrastructure.Audit;

/// <summary>The chain's head as last seen after a commit: how many rows, the last id and its MAC.</summary>
public sealed record AuditHead(long Sequence, long LastId, string Hash);

/// <summary>
/// Keeps the chain head outside the database (<c>audit-anchor.json</c> in the data folder), so
/// cutting rows off the end of the chain, which leaves a valid shorter chain, is still caught:
/// the anchored row must exist with the anchored MAC. Written after each commit; it only moves
/// forward, and a crash before the write leaves an older head, which is never a false alarm.
/// </summary>
public sealed class AuditAnchor(string dataDirectory)
{
    private readonly Lock _gate = new();

    public string Path { get; } = System.IO.Path.Combine(dataDirectory, "audit-anchor.json");

    public AuditHead? Read()
    {
        if (!File.Exists(Path)) return null;
        return JsonSerializer.Deserialize<AuditHead>(File.ReadAllText(Path));
    }

    public void Advance(AuditHead head)
    {
        lock (_gate)
        {
            if (Read() is { } current && current.Sequence >= head.Sequence) return;
            var temp = Path + ".tmp";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
            {
                JsonSerializer.Serialize(stream, head);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, Path, overwrite: true);
        }
    }
}
