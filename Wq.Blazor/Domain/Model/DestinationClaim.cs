namespace Wq.Blazor.Domain.Model;

public enum DestinationKind { Agreement = 1, Registration = 2 }

/// <summary>
/// The graduate's one current destination (SPEC §3). The primary key is the graduate, so the
/// database itself refuses a second current destination, whatever the race.
/// </summary>
public class DestinationClaim
{
    public int GraduateId { get; set; }
    public DestinationKind Kind { get; set; }
    public long RecordId { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
}
