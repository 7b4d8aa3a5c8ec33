namespace Wq.Blazor.Infrastructure.Pdf;

// Everything the 电子就业协议书 shows, already resolved to display values by the caller.
// Plain values only (no EF entities) so the renderer stays a pure function of its input
// and personal data is masked before it ever reaches this layer.

/// <summary>Input of <see cref="AgreementPdfRenderer"/>.</summary>
/// <param name="Number">协议书编号, e.g. 2027104872000123.</param>
/// <param name="Channel">签约方式 label: 线上签约 / 线下签约 / 已签协议登记.</param>
/// <param name="ForPrinting">Offline copy: leave space for signatures and the employer's stamp.</param>
/// <param name="VerificationCode">Code the public /verify page asks for.</param>
/// <param name="VerificationUrl">Absolute URL the QR code points to (usually /verify?...).</param>
/// <param name="GeneratedAt">When the document was generated (UTC or any offset).</param>
public sealed record AgreementDocument(
    string Number,
    string Channel,
    bool ForPrinting,
    AgreementGraduate Graduate,
    AgreementEmployer Employer,
    AgreementSchool School,
    AgreementTerms Terms,
    IReadOnlyList<AgreementTimelineEntry> Timeline,
    string VerificationCode,
    string VerificationUrl,
    DateTimeOffset GeneratedAt);

/// <summary>甲方 — the graduate. <paramref name="MaskedIdNumber"/> and <paramref name="MaskedPhone"/> arrive masked.</summary>
public sealed record AgreementGraduate(
    string Name,
    string Gender,
    string MaskedIdNumber,
    string StudentNumber,
    string School,
    string Department,
    string Major,
    string EducationLevel,
    int GraduationYear,
    string MaskedPhone);

/// <summary>乙方 — the employer (用人单位).</summary>
public sealed record AgreementEmployer(
    string Name,
    string CreditCode,
    string Nature,
    string Industry,
    string Location,
    string ContactPerson,
    string ContactPhone,
    string Address);

/// <summary>丙方 — the school and its employment office (就业部门).</summary>
public sealed record AgreementSchool(string Name, string EmploymentOffice);

/// <summary>The agreed terms. Optional values render as an empty cell.</summary>
/// <param name="ArchiveMode">档案接收: 单位接收 / 人才服务机构 / 返回生源地.</param>
/// <param name="HukouTransfer">户口迁移: true 是, false 否, null not stated.</param>
/// <param name="OtherTerms">其他约定: free text, may be thousands of characters and contain '\n'.</param>
public sealed record AgreementTerms(
    string PositionName,
    string PositionCategory,
    string WorkLocation,
    decimal? MonthlySalary,
    int? ProbationMonths,
    string ArchiveMode,
    string ArchiveReceiver,
    string ArchiveAddress,
    bool? HukouTransfer,
    string HukouAddress,
    string OtherTerms);

/// <summary>One step of the agreement's history; <paramref name="At"/> is shown in China time.</summary>
public sealed record AgreementTimelineEntry(DateTimeOffset At, string Text);
