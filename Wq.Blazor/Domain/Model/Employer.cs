namespace Wq.Blazor.Domain.Model;

/// <summary>单位认证 state (SPEC §1).</summary>
public enum CertificationState
{
    /// <summary>Not yet registered; never stored.</summary>
    None = 0,
    [StoredCode("Pending")] Pending = 1,
    [StoredCode("Certified")] Certified = 2,
    [StoredCode("Refused")] Refused = 3,
}

public static class CertificationStateLabels
{
    public static string Label(this CertificationState s) => s switch
    {
        CertificationState.Pending => "待认证",
        CertificationState.Certified => "已认证",
        CertificationState.Refused => "认证不通过",
        _ => s.ToString(),
    };
}

public class Employer : IStatefulRecord<CertificationState>
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>统一社会信用代码, unique.</summary>
    public string CreditCode { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>单位性质 code.</summary>
    public string NatureCode { get; set; } = "";
    /// <summary>单位行业 code.</summary>
    public string IndustryCode { get; set; } = "";
    /// <summary>单位所在地: GB/T 2260 code.</summary>
    public string RegionCode { get; set; } = "";
    public string Address { get; set; } = "";
    /// <summary>Moved only by <see cref="Workflows.CertificationWorkflow"/>.</summary>
    public CertificationState Certification { get; private set; }
    public string? CertificationNote { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public long? LicenseAttachmentId { get; set; }
    public int Version { get; private set; }

    public RecordRef Ref => new(RecordKind.Employer, Id);
    CertificationState IStatefulRecord<CertificationState>.State => Certification;
}
