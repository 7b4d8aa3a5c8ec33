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
    string PositionTitle, int MonthlySalary, string WorkLocation, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt)
{
    /// <summary>
    /// For the graduate: why this 待应约 invitation cannot be answered now (another agreement holds the one
    /// employer rule, or its window closed), the same words its detail page shows. Null when it can be.
    /// </summary>
    public string? ViewOnlyReason { get; init; }

    /// <summary>The other party applied to terminate this agreement and waits for this viewer's 同意 or 不同意.</summary>
    public bool TerminationAwaitsViewer { get; init; }
}
