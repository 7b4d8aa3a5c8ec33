namespace Wq.Blazor.Domain.Model;

/// <summary>解约申请 (SPEC §4.2 online, §4.4 offline).</summary>
public class Termination : IStatefulRecord<TerminationState>, IEmployerPartyRecord
{
    public long Id { get; set; }
    public long AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public int GraduateId { get; set; }
    public int SchoolId { get; set; }
    public int DepartmentId { get; set; }
    public int? EmployerId { get; set; }
    public bool Online { get; set; }
    /// <summary>Who applied: <see cref="Roles.Graduate"/> or <see cref="Roles.Employer"/>.</summary>
    public string InitiatorRole { get; set; } = "";
    public string ReasonCode { get; set; } = "";
    public string? Explanation { get; set; }
    public string? CounterpartyOpinion { get; set; }
    public string? ReviewOpinion { get; set; }
    public long? LetterAttachmentId { get; set; }
    public TerminationState State { get; private set; }
    public int Version { get; private set; }
    public RecordRef Ref => new(RecordKind.Termination, Id);
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set by the workflow core while the request is open (<see cref="Hold.OpenTerminationSlot"/>); a unique index makes it one open request per agreement.</summary>
    public long? OpenAgreementId { get; private set; }
}
