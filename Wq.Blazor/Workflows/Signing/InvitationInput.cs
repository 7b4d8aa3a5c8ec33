using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>How an employer finds a graduate: 姓名 + 身份证号, or 学校代码 + 学号.</summary>
public sealed record GraduateQuery(string? Name, string? IdNumber, string? SchoolCode, string? StudentNo);

/// <summary>What the employer sees of a graduate before inviting: enough to be sure, nothing more.</summary>
public sealed record GraduateMatch(int GraduateId, string MaskedName, string SchoolName, string DepartmentName, string Major,
    string Level, int GraduationYear, bool HasOpenInvitationFromYou);

/// <summary>The agreement terms an employer offers (SPEC §2).</summary>
public sealed class TermsInput
{
    public string PositionTitle { get; set; } = "";
    public string JobCategoryCode { get; set; } = "";
    public string WorkLocation { get; set; } = "";
    public int? MonthlySalary { get; set; }
    public int? ProbationMonths { get; set; } = 0;
    public string ArchiveReceiver { get; set; } = "";
    public string? ArchiveUnit { get; set; }
    public string? ArchiveAddress { get; set; }
    public bool HukouTransfer { get; set; }
    public string? HukouAddress { get; set; }
    public string? OtherTerms { get; set; }
    public int ResponseDays { get; set; } = ResponseWindows.DefaultDays;

    /// <summary>The first problem with the terms, in Chinese, or null.</summary>
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(PositionTitle)) return "请填写岗位名称";
        if (PositionTitle.Trim().Length > 100) return "岗位名称不能超过100字";
        if (JobCategories.All.Find(JobCategoryCode) is null) return "请选择工作职位类别";
        if (string.IsNullOrWhiteSpace(WorkLocation)) return "请填写工作地点";
        // Limits match the columns (AgreementConfiguration): a 5,000-character field is refused here, not printed.
        if ((TextInput.TooLong(WorkLocation.Trim(), 200, "工作地点") ?? TextInput.TooLong(ArchiveUnit?.Trim(), 100, "档案接收单位")
            ?? TextInput.TooLong(ArchiveAddress?.Trim(), 200, "档案接收地址") ?? TextInput.TooLong(HukouAddress?.Trim(), 200, "户口迁移地址"))
            is { } tooLong) return tooLong;
        if (MonthlySalary is null or <= 0 or > 1_000_000) return "请填写有效的月薪(元)";
        if (ProbationMonths is null or < 0 or > 6) return "试用期应为0到6个月";
        if (ArchiveReceivers.All.Find(ArchiveReceiver) is null) return "请选择档案接收方式";
        if (HukouTransfer && string.IsNullOrWhiteSpace(HukouAddress)) return "选择户口迁移时请填写迁移地址";
        if ((OtherTerms?.Length ?? 0) > 4000) return "其他约定不能超过4000字";
        if (!ResponseWindows.IsAllowed(ResponseDays)) return "应约有效期只能是3、5、7、15或30天";
        return null;
    }

    public AgreementTerms ToTerms() => new()
    {
        PositionTitle = TextInput.CleanLine(PositionTitle), JobCategoryCode = JobCategoryCode, WorkLocation = TextInput.CleanLine(WorkLocation),
        MonthlySalary = MonthlySalary ?? 0, ProbationMonths = ProbationMonths ?? 0, ArchiveReceiver = ArchiveReceiver,
        ArchiveUnit = Optional(ArchiveUnit), ArchiveAddress = Optional(ArchiveAddress), HukouTransfer = HukouTransfer,
        HukouAddress = HukouTransfer ? Optional(HukouAddress) : null,
        OtherTerms = OtherTerms is null ? null : TextInput.CleanMultiline(OtherTerms),
    };

    private static string? Optional(string? value) => value is null ? null : TextInput.CleanLine(value);
}
