namespace Wq.Blazor.Domain.Model;

/// <summary>How an agreement came about (SPEC §2).</summary>
public enum AgreementChannel { Online = 1, Offline = 2, PaperRegistration = 3 }

/// <summary>
/// 就业协议: one record per agreement whatever its channel. Employer details are a snapshot
/// (offline and paper agreements have no registered employer).
/// </summary>
public class Agreement : IStatefulRecord<AgreementState>, IEmployerPartyRecord, IDestinationRecord
{
    public long Id { get; set; }
    /// <summary>协议书编号; assigned when the agreement enters review and never reused.</summary>
    public string? Number { get; set; }
    public AgreementChannel Channel { get; set; }
    /// <summary>Moved only by the workflow core, through the agreement's table.</summary>
    public AgreementState State { get; private set; }
    public int Version { get; private set; }
    public RecordRef Ref => new(RecordKind.Agreement, Id);
    DestinationKind IDestinationRecord.DestinationKind => DestinationKind.Agreement;

    public int GraduateId { get; set; }
    public Graduate? Graduate { get; set; }
    public int SchoolId { get; set; }
    public int DepartmentId { get; set; }
    public int? EmployerId { get; set; }
    public Employer? Employer { get; set; }
    public string? InvitedByUserId { get; set; }

    public EmployerSnapshot EmployerInfo { get; set; } = new();
    public AgreementTerms Terms { get; set; } = new();

    public int ResponseDays { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    public string? LastOpinion { get; set; }

    /// <summary>At least 128 random bits, base32; printed on the PDF and asked by /verify.</summary>
    public string? VerificationCode { get; set; }
    public long? PdfAttachmentId { get; set; }
    public string? PdfSha256 { get; set; }
}

/// <summary>The employer's details as written on the agreement.</summary>
public class EmployerSnapshot
{
    public string Name { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string NatureCode { get; set; } = "";
    public string IndustryCode { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string Address { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactPhone { get; set; } = "";
}

/// <summary>The agreement's terms (SPEC §2).</summary>
public class AgreementTerms
{
    public string PositionTitle { get; set; } = "";
    public string JobCategoryCode { get; set; } = "";
    public string WorkLocation { get; set; } = "";
    public int MonthlySalary { get; set; }
    public int ProbationMonths { get; set; }
    public string ArchiveReceiver { get; set; } = "";
    public string? ArchiveUnit { get; set; }
    public string? ArchiveAddress { get; set; }
    public bool HukouTransfer { get; set; }
    public string? HukouAddress { get; set; }
    public string? OtherTerms { get; set; }
}
