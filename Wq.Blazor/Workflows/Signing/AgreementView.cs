namespace Wq.Blazor.Workflows.Signing;

/// <summary>An agreement as one viewer may see it: personal data masked, actions already decided by the table.</summary>
public sealed record AgreementView(
    long Id, int Version, string? Number, AgreementChannel Channel, AgreementState State, string StateLabel,
    string GraduateName, string MaskedIdNumber, string StudentNo, string SchoolName, string DepartmentName, string Major,
    string EducationLevel, int GraduationYear, EmployerSnapshot Employer, AgreementTerms Terms, int ResponseDays,
    DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? SignedAt, string? LastOpinion,
    long? PdfAttachmentId, string? VerificationCode, IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<AgreementTrigger> Allowed, string? ViewOnlyReason)
{
    /// <summary>
    /// The document was promised (its verification code is set in the deciding transaction) but the
    /// worker has not stored it yet: pages show 生成中 and refresh on the agreement's live topic.
    /// </summary>
    public bool PdfPending { get; init; }
}

/// <summary>A row of an agreement list.</summary>
public sealed record AgreementRow(
    long Id, string? Number, AgreementState State, string StateLabel, string GraduateName, string EmployerName,
    string PositionTitle, int MonthlySalary, string WorkLocation, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
