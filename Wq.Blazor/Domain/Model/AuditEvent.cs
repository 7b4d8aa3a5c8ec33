namespace Wq.Blazor.Domain.Model;

/// <summary>
/// One row of the append-only, hash-chained audit trail. <see cref="Hash"/> covers every other
/// field and <see cref="PreviousHash"/>, so changing or deleting any row breaks the chain.
/// </summary>
public class AuditEvent
{
    public long Id { get; set; }
    /// <summary>1, 2, 3 … along the chain, covered by the MAC: a gap or a repeat is a deleted or inserted row.</summary>
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorUserId { get; set; }
    public string ActorName { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public string RecordType { get; set; } = "";
    public string RecordId { get; set; } = "";
    public string Action { get; set; } = "";
    public string? FromState { get; set; }
    public string? ToState { get; set; }
    public string? Reason { get; set; }
    public string? Ip { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
